import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';

/** Where an import job is; a client following one stops at COMPLETED, DRY_RUN_DONE or FAILED. */
export const IMPORT_JOB_STATUSES = [
  'QUEUED',
  'VALIDATING',
  'DRY_RUN_DONE',
  'COMMITTING',
  'COMPLETED',
  'FAILED',
] as const;

export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * What every import event carries: the job, whose import it is (subscribers are filtered on it)
 * and how far it got. No file content and no file name: names of files can name people.
 */
const importJobFields = {
  jobId: z.uuid(),
  /** The organisation importing; null when a platform admin imports without one. */
  organisationId: z.uuid().nullable(),
  status: z.enum(IMPORT_JOB_STATUSES),
  dryRun: z.boolean(),
  rowsTotal: z.number().int().nonnegative().nullable(),
  rowsProcessed: z.number().int().nonnegative(),
  errorCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
};

export const ImportStartedV1 = defineEvent({
  type: 'org.coordination.activities.import.started.v1',
  topic: TopicNames.activitiesImport,
  aggregate: 'import',
  version: 1,
  description: 'A worker began reading an uploaded file of activity reports (a dry run or a commit).',
  schema: z.object({ ...importJobFields, startedAt: z.iso.datetime({ offset: true }) }),
});

export const ImportProgressedV1 = defineEvent({
  type: 'org.coordination.activities.import.progressed.v1',
  topic: TopicNames.activitiesImport,
  aggregate: 'import',
  version: 1,
  description: 'An import job checked (or wrote) more rows; sent every few thousand rows or seconds.',
  schema: z.object({ ...importJobFields, at: z.iso.datetime({ offset: true }) }),
});

export const ImportCompletedV1 = defineEvent({
  type: 'org.coordination.activities.import.completed.v1',
  topic: TopicNames.activitiesImport,
  aggregate: 'import',
  version: 1,
  description:
    'An import job finished: a dry run with its findings (DRY_RUN_DONE), or a commit whose reports were all ' +
    'created in one transaction with this event (COMPLETED; one report created event per row came with it).',
  schema: z.object({
    ...importJobFields,
    reportsCreated: z.number().int().nonnegative(),
    completedAt: z.iso.datetime({ offset: true }),
  }),
});

export const ImportFailedV1 = defineEvent({
  type: 'org.coordination.activities.import.failed.v1',
  topic: TopicNames.activitiesImport,
  aggregate: 'import',
  version: 1,
  description: 'An import job wrote nothing: its file had errors, or processing failed repeatedly.',
  schema: z.object({
    ...importJobFields,
    /** A stable code: IMPORT.ROWS_INVALID, TABLE.* for an unreadable file, IMPORT.PROCESSING_FAILED. */
    reasonCode: z.string().min(1).max(100),
    failedAt: z.iso.datetime({ offset: true }),
  }),
});
