import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { sectorCodeSchema } from '../directory/user-events.v1';
import { TopicNames } from '../topics/topic-names';
import { activityCodeSchema, headcountSchema, placeFields } from './activity-schemas';
import { AGGREGATION_METHODS } from './report-status';

export const targetSetV1DataSchema = z.object({
  targetId: z.uuid(),
  /** One target per organisation x indicator x place x plan year; setting it again replaces it. */
  organisationId: z.uuid(),
  indicatorCode: activityCodeSchema,
  sector: sectorCodeSchema,
  subSector: sectorCodeSchema.nullable(),
  unit: activityCodeSchema,
  aggregation: z.enum(AGGREGATION_METHODS),
  planYear: z.number().int().min(2000).max(2100),
  ...placeFields,
  quantity: headcountSchema,
  /** The target it replaced; null when the first one was set. */
  previousQuantity: headcountSchema.nullable(),
  version: z.number().int().min(1),
  setAt: z.iso.datetime({ offset: true }),
});

export const TargetSetV1 = defineEvent({
  type: 'org.coordination.activities.target.set.v1',
  topic: TopicNames.activitiesTarget,
  aggregate: 'target',
  version: 1,
  description: 'A partner’s target for an indicator at a place for a plan year was set or replaced.',
  schema: targetSetV1DataSchema,
});
