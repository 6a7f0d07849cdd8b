import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { organisationProfileFields } from './organisation-profile.schema';
import { ORGANISATION_TYPES } from './organisation-type';

/** The whole current profile, not a diff: a consumer that missed an update still converges. */
export const organisationUpdatedV1DataSchema = z.object({
  organisationId: z.uuid(),
  name: z.string().min(1).max(200),
  acronym: z.string().min(1).max(30).nullable().optional(),
  type: z.enum(ORGANISATION_TYPES),
  updatedAt: z.iso.datetime({ offset: true }),
  ...organisationProfileFields,
});

export type OrganisationUpdatedV1Data = z.output<typeof organisationUpdatedV1DataSchema>;

export const OrganisationUpdatedV1 = defineEvent({
  type: 'org.coordination.directory.organisation.updated.v1',
  topic: TopicNames.directoryOrganisation,
  aggregate: 'organisation',
  version: 1,
  description: 'An organisation’s profile changed; the event carries the whole profile after the change.',
  schema: organisationUpdatedV1DataSchema,
});
