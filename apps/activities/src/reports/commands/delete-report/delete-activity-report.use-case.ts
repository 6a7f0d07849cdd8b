import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import { ActivityReportEntity } from '../../activity-report.entity';
import { reportResource } from '../../report-access';
import { ReportErrors } from '../../report.errors';
import { ReportEventRecorder } from '../../writing/report-event.recorder';
import { recordRevision } from '../../writing/report-history.recorder';
import { assertExpectedVersion, loadReportForChange } from '../../writing/report-loader';
import type { DeleteActivityReportCommand } from './delete-activity-report.input';

/**
 * Deletes a draft. The row stays, marked deleted, so its history remains and its id is never reused
 * for another report; it leaves every list and query.
 */
@Injectable()
export class DeleteActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PeriodLocks,
    private readonly events: ReportEventRecorder,
  ) {}

  async execute(
    command: DeleteActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const deleted = await this.dataSource.transaction(async (manager) => {
      const report = await loadReportForChange(manager, command.id, actor);
      assertAuthorized(actor, 'update', reportResource(report));
      assertExpectedVersion(report, command.expectedVersion);
      await this.locks.assertOpen(manager, report.month, 'input.id');
      if (report.status !== 'DRAFT') throw ReportErrors.notDeletable(report.id, report.status);
      const now = new Date();
      const changed: ActivityReportEntity = {
        ...report,
        version: report.version + 1,
        deletedAt: now,
        deletedBy: actor.userId,
      };
      await manager.save(ActivityReportEntity, changed);
      const changes = [{ field: 'deleted', from: false, to: true }];
      await recordRevision(manager, changed, 'DELETED', changes, actor);
      await this.events.record(manager, 'DELETED', changed, changes, actor, correlationId);
      return changed;
    });
    this.events.flush();
    return deleted;
  }
}
