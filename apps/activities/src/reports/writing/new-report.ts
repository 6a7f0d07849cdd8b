import type { Viewer } from '@coordination/auth';
import type { ActivityReportEntity } from '../activity-report.entity';
import type { ReportWarning } from '../report-warning';
import type { CheckedReport } from './report-checks';
import { reportRowFields } from './report-row';

/** A report as drafted from checked content: version 1, created and last changed by `actor` at `now`. */
export function newDraftReport(
  id: string,
  checked: CheckedReport,
  warnings: ReportWarning[],
  creationFingerprint: string,
  actor: Viewer,
  now: Date,
): ActivityReportEntity {
  return {
    id,
    status: 'DRAFT',
    version: 1,
    ...reportRowFields(checked, warnings),
    creationFingerprint,
    returnComment: null,
    createdAt: now,
    createdBy: actor.userId,
    updatedAt: now,
    updatedBy: actor.userId,
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    deletedAt: null,
    deletedBy: null,
  };
}
