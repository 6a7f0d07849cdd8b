import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ReportingPeriodsModule } from '../reporting-periods/reporting-periods.module';
import { ReportsModule } from '../reports/reports.module';
import { ImportJobsResolver } from './import-jobs.resolver';
import { ImportJobReader } from './job/import-job-reader';
import { ImportJobStore } from './job/import-job-store';
import { ImportJobProcessor } from './processing/import-job.processor';
import { StartActivityImportUseCase } from './start-import/start-activity-import.use-case';
import { ImportJobSignal } from './worker/import-job-signal';
import { ImportWorker } from './worker/import-worker';

/** Bulk import of activity reports from CSV, XLSX and HXL files, as jobs run by workers of this service. */
@Module({
  imports: [IndicatorsModule, ReportingPeriodsModule, ReportsModule],
  providers: [
    StartActivityImportUseCase,
    ImportJobReader,
    ImportJobStore,
    ImportJobProcessor,
    ImportJobSignal,
    ImportWorker,
    ImportJobsResolver,
  ],
  exports: [StartActivityImportUseCase, ImportJobReader, ImportWorker, ImportJobSignal],
})
export class ImportsModule {}
