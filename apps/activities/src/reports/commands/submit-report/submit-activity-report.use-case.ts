import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import type { ActivityReportEntity } from '../../activity-report.entity';
import { reportResource } from '../../report-access';
import { ReportErrors } from '../../report.errors';
import { assertExpectedVersion, loadReportForChange } from '../../writing/report-loader';
import { ReportStatusChanges } from '../../writing/report-status-changes';
import type { SubmitActivityReportCommand } from './submit-activity-report.input';

/** The partner hands a draft (or a returned report, fixed) to its sector coordinator. */
@Injectable()
export class SubmitActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PeriodLocks,
    private readonly statusChanges: ReportStatusChanges,
  ) {}

  async execute(
    command: SubmitActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const submitted = await this.dataSource.transaction(async (manager) => {
      const report = await loadReportForChange(manager, command.id, actor);
      assertAuthorized(actor, 'submit', reportResource(report));
      assertExpectedVersion(report, command.expectedVersion);
      await this.locks.assertOpen(manager, report.month, 'input.id');
      if (report.status !== 'DRAFT' && report.status !== 'RETURNED') {
        throw ReportErrors.invalidTransition(report.id, report.status, 'submitted');
      }
      return this.statusChanges.apply(manager, report, { action: 'SUBMITTED', to: 'SUBMITTED' }, actor, correlationId);
    });
    this.statusChanges.flush();
    return submitted;
  }
}
