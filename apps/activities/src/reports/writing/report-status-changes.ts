import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import type { ReportStatus } from '@coordination/contracts';
import { ActivityReportEntity } from '../activity-report.entity';
import type { FieldChange } from '../report-content';
import type { ReportAction } from '../report-revision.entity';
import { recordRevision } from './report-history.recorder';
import { ReportEventRecorder } from './report-event.recorder';

export interface StatusChange {
  action: Extract<ReportAction, 'SUBMITTED' | 'APPROVED' | 'RETURNED'>;
  to: ReportStatus;
  comment?: string | null;
}

/** Moves a report along its workflow with its revision and event, in the caller's transaction. */
@Injectable()
export class ReportStatusChanges {
  constructor(private readonly events: ReportEventRecorder) {}

  async apply(
    manager: EntityManager,
    report: ActivityReportEntity,
    change: StatusChange,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const now = new Date();
    const comment = change.comment ?? null;
    const changed: ActivityReportEntity = {
      ...report,
      status: change.to,
      version: report.version + 1,
      updatedAt: now,
      updatedBy: actor.userId,
      ...(change.action === 'SUBMITTED' && { submittedAt: now }),
      ...(change.action !== 'SUBMITTED' && { reviewedAt: now, reviewedBy: actor.userId }),
      ...(change.action === 'RETURNED' && { returnComment: comment }),
    };
    await manager.save(ActivityReportEntity, changed);
    const changes: FieldChange[] = [{ field: 'status', from: report.status, to: change.to }];
    if (changed.returnComment !== report.returnComment) {
      changes.push({ field: 'returnComment', from: report.returnComment, to: changed.returnComment });
    }
    await recordRevision(manager, changed, change.action, changes, actor, comment);
    await this.events.record(manager, change.action, changed, changes, actor, correlationId);
    return changed;
  }

  flush(): void {
    this.events.flush();
  }
}
