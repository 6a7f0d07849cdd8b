import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import {
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  isoDateSchema,
  pcodeSchema,
  populationGroupCodeSchema,
  sectorCodeSchema,
  timestampSchema,
} from './needs-schemas';

/** The whole assessment as it stands after the change: consumers never call back for it. No personal data. */
const assessmentFields = {
  assessmentId: z.uuid(),
  version: z.number().int().min(1),
  title: z.string().min(1).max(300),
  type: z.enum(ASSESSMENT_TYPES),
  method: z.string().min(1).max(2000),
  leadOrganisationIds: z.array(z.uuid()).min(1).max(20),
  /** Places covered: department, province or district P-codes. */
  pcodes: z.array(pcodeSchema).min(1).max(2000),
  populationGroups: z.array(populationGroupCodeSchema).min(1).max(10),
  sectors: z.array(sectorCodeSchema).max(20),
  collectionStart: isoDateSchema,
  collectionEnd: isoDateSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  sourceUrl: z.url().max(2000).nullable(),
  planYear: z.number().int().min(2000).max(2100),
};

export const AssessmentRegisteredV1 = defineEvent({
  type: 'org.coordination.needs.assessment.registered.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description: 'An assessment (needs analysis, survey, monitoring exercise) was added to the registry.',
  schema: z.object({ ...assessmentFields, registeredAt: timestampSchema }),
});

export const AssessmentUpdatedV1 = defineEvent({
  type: 'org.coordination.needs.assessment.updated.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description: 'An assessment’s details changed; `changedFields` names them.',
  schema: z.object({ ...assessmentFields, changedFields: z.array(z.string()).min(1), updatedAt: timestampSchema }),
});

export const AssessmentSupersededV1 = defineEvent({
  type: 'org.coordination.needs.assessment.superseded.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description:
    'A published assessment was replaced by a newer published one: its figures stay on record, consumers should ' +
    'cite the newer assessment from `supersededAt` on.',
  schema: z.object({ ...assessmentFields, supersededByAssessmentId: z.uuid(), supersededAt: timestampSchema }),
});

export const AssessmentPublishedV1 = defineEvent({
  type: 'org.coordination.needs.assessment.published.v1',
  topic: TopicNames.needsAssessment,
  aggregate: 'assessment',
  version: 1,
  description: 'An assessment’s results were published, with the link to its source document.',
  schema: z.object({ ...assessmentFields, publishedAt: timestampSchema }),
});
