import { randomUUID } from 'node:crypto';
import { validateCloudEventForTopic } from '../validation/validate-cloud-event-for-topic';
import { TopicNames } from '../topics/topic-names';
import { ImportCompletedV1, ImportFailedV1, ImportProgressedV1, ImportStartedV1 } from './import-events.v1';

const jobId = randomUUID();
const at = '2025-04-02T10:00:00.000Z';
const fields = {
  jobId,
  organisationId: randomUUID(),
  status: 'COMMITTING',
  dryRun: false,
  rowsTotal: 100_000,
  rowsProcessed: 5_000,
  errorCount: 0,
  warningCount: 3,
};

function envelope(type: string, data: unknown) {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/coordination/activities',
    type,
    subject: jobId,
    time: at,
    datacontenttype: 'application/json',
    data,
  };
}

describe('activities import event contracts', () => {
  it.each([
    [ImportStartedV1.type, { ...fields, status: 'VALIDATING', startedAt: at }],
    [ImportProgressedV1.type, { ...fields, at }],
    [ImportCompletedV1.type, { ...fields, status: 'COMPLETED', reportsCreated: 100_000, completedAt: at }],
    [ImportFailedV1.type, { ...fields, status: 'FAILED', reasonCode: 'IMPORT.ROWS_INVALID', failedAt: at }],
  ])('accepts %s on activities.import', (type, data) => {
    expect(validateCloudEventForTopic(envelope(type, data), TopicNames.activitiesImport).ok).toBe(true);
  });

  it('refuses a status no job has, a failure without its reason and an import event on another topic', () => {
    const unknownStatus = envelope(ImportProgressedV1.type, { ...fields, status: 'PAUSED', at });
    expect(validateCloudEventForTopic(unknownStatus, TopicNames.activitiesImport).ok).toBe(false);
    const noReason = envelope(ImportFailedV1.type, { ...fields, status: 'FAILED', failedAt: at });
    expect(validateCloudEventForTopic(noReason, TopicNames.activitiesImport).ok).toBe(false);
    const started = envelope(ImportStartedV1.type, { ...fields, startedAt: at });
    expect(validateCloudEventForTopic(started, TopicNames.activitiesReport).ok).toBe(false);
  });
});
