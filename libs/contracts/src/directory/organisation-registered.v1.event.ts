import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { organisationProfileFields } from './organisation-profile.schema';
import { ORGANISATION_TYPES } from './organisation-type';

/**
 * Not strict on purpose: consumers are tolerant readers, so a field added later within v1 does not
 * break services still running an older copy of this library. Unknown fields are dropped on parse.
 */
export const organisationRegisteredV1DataSchema = z.object({
  organisationId: z.uuid(),
  name: z.string().min(1).max(200),
  acronym: z.string().min(1).max(30).nullable().optional(),
  type: z.enum(ORGANISATION_TYPES),
  registeredAt: z.iso.datetime({ offset: true }),
  // Added within v1 as optional fields: older consumers ignore them, older events lack them.
  ...organisationProfileFields,
});

export type OrganisationRegisteredV1Data = z.output<typeof organisationRegisteredV1DataSchema>;

export const OrganisationRegisteredV1 = defineEvent({
  type: 'org.coordination.directory.organisation.registered.v1',
  topic: TopicNames.directoryOrganisation,
  aggregate: 'organisation',
  version: 1,
  description: 'An organisation was registered in the coordination directory.',
  schema: organisationRegisteredV1DataSchema,
});
