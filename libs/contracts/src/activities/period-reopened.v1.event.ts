import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { monthSchema } from './activity-schemas';

export const periodReopenedV1DataSchema = z.object({
  month: monthSchema,
  reopenedAt: z.iso.datetime({ offset: true }),
  /** Platform user id, or a digest of it when the id is an e-mail address. */
  reopenedBy: z.string().min(1).max(200),
  reason: z.string().min(1).max(500),
});

export const PeriodReopenedV1 = defineEvent({
  type: 'org.coordination.activities.period.reopened.v1',
  topic: TopicNames.activitiesPeriod,
  aggregate: 'period',
  version: 1,
  description: 'A locked reporting month was reopened for corrections, with who, when and why.',
  schema: periodReopenedV1DataSchema,
});
