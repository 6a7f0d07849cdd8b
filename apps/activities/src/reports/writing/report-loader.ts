import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ActivityReportEntity } from '../activity-report.entity';
import { mayReadReport } from '../report-access';
import { ReportErrors } from '../report.errors';

/**
 * The report locked for a change by `actor`. A report the actor may not even read is "not found",
 * exactly like one that does not exist, so ids of other partners' drafts cannot be probed.
 */
export async function loadReportForChange(
  manager: EntityManager,
  id: string,
  actor: Viewer,
): Promise<ActivityReportEntity> {
  const report = await manager.findOne(ActivityReportEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!report || report.deletedAt || !mayReadReport(actor, report)) throw ReportErrors.notFound(id);
  return report;
}

/** Refuses a change made against a version the caller no longer has, when the caller names one. */
export function assertExpectedVersion(report: ActivityReportEntity, expectedVersion: number | null | undefined): void {
  if (expectedVersion != null && expectedVersion !== report.version) {
    throw ReportErrors.versionConflict(expectedVersion, report.version);
  }
}
