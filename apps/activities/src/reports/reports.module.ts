import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ReportingPeriodsModule } from '../reporting-periods/reporting-periods.module';
import { ActivityReportMutationsResolver } from './activity-report-mutations.resolver';
import { ActivityReportsResolver } from './activity-reports.resolver';
import { ApproveActivityReportUseCase } from './commands/approve-report/approve-activity-report.use-case';
import { CreateActivityReportUseCase } from './commands/create-report/create-activity-report.use-case';
import { DeleteActivityReportUseCase } from './commands/delete-report/delete-activity-report.use-case';
import { ReturnActivityReportUseCase } from './commands/return-report/return-activity-report.use-case';
import { SubmitActivityReportUseCase } from './commands/submit-report/submit-activity-report.use-case';
import { UpdateActivityReportUseCase } from './commands/update-report/update-activity-report.use-case';
import { ReportViews } from './model/report-views';
import { ReportQualityChecks } from './quality/report-quality';
import { ReportSearch } from './queries/list-reports/report-search';
import { ReportReader } from './queries/report-reader';
import { ReportChecks } from './writing/report-checks';
import { ReportEventRecorder } from './writing/report-event.recorder';
import { ReportStatusChanges } from './writing/report-status-changes';

const USE_CASES = [
  CreateActivityReportUseCase,
  UpdateActivityReportUseCase,
  SubmitActivityReportUseCase,
  ApproveActivityReportUseCase,
  ReturnActivityReportUseCase,
  DeleteActivityReportUseCase,
];

/** Partner activity reports: the 5W rows, their review workflow, history and data-quality checks. */
@Module({
  imports: [IndicatorsModule, ReportingPeriodsModule],
  providers: [
    ...USE_CASES,
    ReportChecks,
    ReportQualityChecks,
    ReportEventRecorder,
    ReportStatusChanges,
    ReportSearch,
    ReportReader,
    ReportViews,
    ActivityReportsResolver,
    ActivityReportMutationsResolver,
  ],
  exports: [...USE_CASES, ReportChecks, ReportQualityChecks, ReportReader, ReportSearch, ReportViews],
})
export class ReportsModule {}
