import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import type { ActivityReportEntity } from '../../activity-report.entity';
import { reportResource } from '../../report-access';
import { ReportErrors } from '../../report.errors';
import { assertExpectedVersion, loadReportForChange } from '../../writing/report-loader';
import { ReportStatusChanges } from '../../writing/report-status-changes';
import type { ReturnActivityReportCommand } from './return-activity-report.input';

/** The coordinator sends a submitted report back to the partner with what to fix. */
@Injectable()
export class ReturnActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PeriodLocks,
    private readonly statusChanges: ReportStatusChanges,
  ) {}

  async execute(
    command: ReturnActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const returned = await this.dataSource.transaction(async (manager) => {
      const report = await loadReportForChange(manager, command.id, actor);
      assertAuthorized(actor, 'approve', reportResource(report));
      assertExpectedVersion(report, command.expectedVersion);
      await this.locks.assertOpen(manager, report.month, 'input.id');
      if (report.status !== 'SUBMITTED') throw ReportErrors.invalidTransition(report.id, report.status, 'returned');
      const change = { action: 'RETURNED', to: 'RETURNED', comment: command.comment } as const;
      return this.statusChanges.apply(manager, report, change, actor, correlationId);
    });
    this.statusChanges.flush();
    return returned;
  }
}
