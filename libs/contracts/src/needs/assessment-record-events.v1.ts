import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { isoDateSchema, pcodeSchema, populationGroupCodeSchema, timestampSchema } from './needs-schemas';

/**
 * A value collected for an assessment, under the name the form mapping gave it. Only fields the
 * mapping names travel: a form's personal questions (names, phones...) are never mapped, so they
 * never reach the platform, let alone an event.
 */
const recordValueSchema = z.union([z.number(), z.string().max(500), z.boolean(), z.null()]);

const assessmentRecordFields = {
  recordId: z.uuid(),
  assessmentId: z.uuid(),
  /** The data-collection form (a KoboToolbox asset) the record came from. */
  formMappingId: z.uuid(),
  revision: z.number().int().min(1),
  pcode: pcodeSchema,
  populationGroup: populationGroupCodeSchema.nullable(),
  collectedOn: isoDateSchema,
  values: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,62}$/), recordValueSchema),
};

export const AssessmentRecordReceivedV1 = defineEvent({
  type: 'org.coordination.needs.assessment.record-received.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description:
    'A data-collection submission (KoboToolbox) was mapped to an assessment record: place, population group, day and the mapped values only.',
  schema: z.object({ ...assessmentRecordFields, receivedAt: timestampSchema }).strict(),
});

export const AssessmentRecordUpdatedV1 = defineEvent({
  type: 'org.coordination.needs.assessment.record-updated.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description:
    'An edited submission replaced an assessment record’s values; carries the whole record after the edit and its new revision.',
  schema: z.object({ ...assessmentRecordFields, updatedAt: timestampSchema }).strict(),
});
