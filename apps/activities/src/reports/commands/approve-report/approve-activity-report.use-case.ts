import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import type { ActivityReportEntity } from '../../activity-report.entity';
import { reportResource } from '../../report-access';
import { ReportErrors } from '../../report.errors';
import { assertExpectedVersion, loadReportForChange } from '../../writing/report-loader';
import { ReportStatusChanges } from '../../writing/report-status-changes';
import type { ApproveActivityReportCommand } from './approve-activity-report.input';

/** The coordinator of the report's sector (and region, when the grant has one) accepts a submitted report. */
@Injectable()
export class ApproveActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PeriodLocks,
    private readonly statusChanges: ReportStatusChanges,
  ) {}

  async execute(
    command: ApproveActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const approved = await this.dataSource.transaction(async (manager) => {
      const report = await loadReportForChange(manager, command.id, actor);
      assertAuthorized(actor, 'approve', reportResource(report));
      assertExpectedVersion(report, command.expectedVersion);
      await this.locks.assertOpen(manager, report.month, 'input.id');
      if (report.status !== 'SUBMITTED') throw ReportErrors.invalidTransition(report.id, report.status, 'approved');
      return this.statusChanges.apply(manager, report, { action: 'APPROVED', to: 'APPROVED' }, actor, correlationId);
    });
    this.statusChanges.flush();
    return approved;
  }
}
