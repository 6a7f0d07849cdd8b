import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Viewer } from '@coordination/auth';
import type { ActivityReportEntity } from '../activity-report.entity';
import type { FieldChange } from '../report-content';
import { ReportRevisionEntity, type ReportAction } from '../report-revision.entity';

/** Appends a revision (who, when, which fields from what to what) in the caller's transaction. */
export async function recordRevision(
  manager: EntityManager,
  report: ActivityReportEntity,
  action: ReportAction,
  changes: readonly FieldChange[],
  actor: Viewer,
  comment: string | null = null,
): Promise<void> {
  await manager.insert(ReportRevisionEntity, {
    reportId: report.id,
    revision: report.version,
    action,
    actorUserId: actor.userId,
    actorOrganisationId: actor.organisationId,
    at: action === 'DELETED' ? report.deletedAt! : report.updatedAt,
    // jsonb: stored as given; TypeORM's partial type cannot describe values of any shape.
    changes: changes as QueryDeepPartialEntity<FieldChange>[],
    comment,
  });
}
