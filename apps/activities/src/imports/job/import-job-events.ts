import type { EntityManager } from 'typeorm';
import {
  ImportCompletedV1,
  ImportFailedV1,
  ImportProgressedV1,
  ImportStartedV1,
  TopicNames,
  createCloudEvent,
} from '@coordination/contracts';
import type { EventPublisher } from '@coordination/messaging';
import { ACTIVITIES_EVENT_SOURCE } from '../../shared/event-actor';
import type { ImportJobEntity } from './import-job.entity';

type Milestone =
  { kind: 'started' } | { kind: 'progressed' } | { kind: 'completed' } | { kind: 'failed'; reasonCode: string };

/** Records the event of a job's milestone, from the job row as it now stands, in the caller's transaction. */
export async function recordImportEvent(
  events: EventPublisher,
  manager: EntityManager,
  job: ImportJobEntity,
  milestone: Milestone,
): Promise<void> {
  const at = new Date().toISOString();
  const fields = {
    jobId: job.id,
    organisationId: job.organisationId,
    status: job.status,
    dryRun: job.dryRun,
    rowsTotal: job.rowsTotal,
    rowsProcessed: job.rowsProcessed,
    errorCount: job.errorCount,
    warningCount: job.warningCount,
  };
  const envelope = {
    subject: job.id,
    source: ACTIVITIES_EVENT_SOURCE,
    correlationId: job.correlationId,
    actorOrg: job.organisationId ?? undefined,
    time: at,
  };
  const event =
    milestone.kind === 'started'
      ? createCloudEvent(ImportStartedV1, { ...envelope, data: { ...fields, startedAt: at } })
      : milestone.kind === 'progressed'
        ? createCloudEvent(ImportProgressedV1, { ...envelope, data: { ...fields, at } })
        : milestone.kind === 'completed'
          ? createCloudEvent(ImportCompletedV1, {
              ...envelope,
              data: { ...fields, reportsCreated: job.reportsCreated, completedAt: at },
            })
          : createCloudEvent(ImportFailedV1, {
              ...envelope,
              data: { ...fields, reasonCode: milestone.reasonCode, failedAt: at },
            });
  await events.record(manager, TopicNames.activitiesImport, event);
}
