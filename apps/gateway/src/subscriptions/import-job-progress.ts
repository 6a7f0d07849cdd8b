import type { Viewer } from '@coordination/auth';
import {
  ImportCompletedV1,
  ImportFailedV1,
  ImportProgressedV1,
  ImportStartedV1,
  type CloudEvent,
} from '@coordination/contracts';
import { assertPersonSubscriber } from './person-subscriber';

export const IMPORT_JOB_PROGRESS_TYPE_DEFS = /* GraphQL */ `
  "A step of an activity import job, as the activities service announced it on Kafka."
  type ImportJobProgress {
    eventId: ID!
    jobId: ID!
    "STARTED, PROGRESSED, COMPLETED or FAILED"
    milestone: String!
    "The job's status after the step (an ImportJobStatus of the activities service)."
    status: String!
    dryRun: Boolean!
    rowsTotal: Int
    rowsProcessed: Int!
    errorCount: Int!
    warningCount: Int!
    "Set when the job completed: reports created (0 for a dry run)."
    reportsCreated: Int
    "Set when the job failed."
    reasonCode: String
    at: String!
  }
`;

const MILESTONES: Readonly<Record<string, string>> = {
  [ImportStartedV1.type]: 'STARTED',
  [ImportProgressedV1.type]: 'PROGRESSED',
  [ImportCompletedV1.type]: 'COMPLETED',
  [ImportFailedV1.type]: 'FAILED',
};

interface ImportEventData {
  jobId: string;
  organisationId: string | null;
  status: string;
  dryRun: boolean;
  rowsTotal: number | null;
  rowsProcessed: number;
  errorCount: number;
  warningCount: number;
  reportsCreated?: number;
  reasonCode?: string;
}

export interface ImportJobProgress extends Omit<ImportEventData, 'organisationId' | 'reportsCreated' | 'reasonCode'> {
  eventId: string;
  milestone: string;
  reportsCreated: number | null;
  reasonCode: string | null;
  at: string;
}

/** Only people can follow imports: the job's organisation, its author's, or a platform admin. */
export function assertMayFollowImports(viewer: Viewer | null): asserts viewer is Viewer {
  assertPersonSubscriber(viewer, 'imports');
}

/**
 * The progress of job `jobId` carried by `event`, when the viewer may see it: the job's organisation
 * (the event's organisation, also its `actororg`) must be the viewer's, unless the viewer is a
 * platform admin. A job id of another organisation thus yields nothing, as if it did not exist.
 */
export function importProgressFor(event: CloudEvent, jobId: string, viewer: Viewer): ImportJobProgress | undefined {
  const milestone = MILESTONES[event.type];
  if (!milestone || event.subject !== jobId) return undefined;
  const data = event.data as ImportEventData;
  const ownOrganisation = data.organisationId !== null && data.organisationId === viewer.organisationId;
  if (!ownOrganisation && !viewer.roles.includes('PLATFORM_ADMIN')) return undefined;
  return {
    eventId: event.id,
    jobId: data.jobId,
    milestone,
    status: data.status,
    dryRun: data.dryRun,
    rowsTotal: data.rowsTotal,
    rowsProcessed: data.rowsProcessed,
    errorCount: data.errorCount,
    warningCount: data.warningCount,
    reportsCreated: data.reportsCreated ?? null,
    reasonCode: data.reasonCode ?? null,
    at: event.time,
  };
}

/** The job's steps the viewer may see, ending (and leaving the feed) after it completed or failed. */
export async function* followImportJob(
  source: AsyncIterableIterator<CloudEvent>,
  jobId: string,
  viewer: Viewer,
): AsyncGenerator<ImportJobProgress> {
  try {
    for await (const event of source) {
      const progress = importProgressFor(event, jobId, viewer);
      if (!progress) continue;
      yield progress;
      if (progress.milestone === 'COMPLETED' || progress.milestone === 'FAILED') return;
    }
  } finally {
    await source.return?.();
  }
}
