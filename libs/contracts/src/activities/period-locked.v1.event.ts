import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { monthSchema } from './activity-schemas';

export const periodLockedV1DataSchema = z.object({
  month: monthSchema,
  lockedAt: z.iso.datetime({ offset: true }),
  /** Platform user id, or a digest of it when the id is an e-mail address. */
  lockedBy: z.string().min(1).max(200),
  reason: z.string().min(1).max(500).nullable(),
});

export const PeriodLockedV1 = defineEvent({
  type: 'org.coordination.activities.period.locked.v1',
  topic: TopicNames.activitiesPeriod,
  aggregate: 'period',
  version: 1,
  description: 'A reporting month was locked: its reports no longer change until it is reopened.',
  schema: periodLockedV1DataSchema,
});
