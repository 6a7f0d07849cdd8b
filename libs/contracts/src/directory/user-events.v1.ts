import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { pcodeSchema } from './organisation-profile.schema';
import { PLATFORM_ROLES } from './platform-role';

/** Sector codes as in the sector taxonomy (EDU, PRO, WSH...); checked against it by the producer. */
const sectorCodeSchema = z.string().regex(/^[A-Z]{2,4}$/);

// No names, e-mail addresses or other personal data: other services only need ids and rights.

export const userRegisteredV1DataSchema = z.object({
  userId: z.uuid(),
  organisationId: z.uuid(),
  registeredAt: z.iso.datetime({ offset: true }),
});

export const UserRegisteredV1 = defineEvent({
  type: 'org.coordination.directory.user.registered.v1',
  topic: TopicNames.directoryUser,
  aggregate: 'user',
  version: 1,
  description: 'A user account was created for a member of an organisation.',
  schema: userRegisteredV1DataSchema,
});

export const userRoleGrantedV1DataSchema = z.object({
  userId: z.uuid(),
  organisationId: z.uuid(),
  grantId: z.uuid(),
  role: z.enum(PLATFORM_ROLES),
  /** For sector coordinators: the sector they coordinate. */
  sector: sectorCodeSchema.nullable(),
  /** Optional regional scope, a department P-code. */
  regionPcode: pcodeSchema.nullable(),
  grantedAt: z.iso.datetime({ offset: true }),
  grantedBy: z.string().min(1).max(200),
});

export const UserRoleGrantedV1 = defineEvent({
  type: 'org.coordination.directory.user.role-granted.v1',
  topic: TopicNames.directoryUser,
  aggregate: 'user',
  version: 1,
  description: 'A role was granted to a user, optionally scoped to a sector and a region.',
  schema: userRoleGrantedV1DataSchema,
});

export const userRoleRevokedV1DataSchema = z.object({
  userId: z.uuid(),
  grantId: z.uuid(),
  role: z.enum(PLATFORM_ROLES),
  revokedAt: z.iso.datetime({ offset: true }),
  revokedBy: z.string().min(1).max(200),
});

export const UserRoleRevokedV1 = defineEvent({
  type: 'org.coordination.directory.user.role-revoked.v1',
  topic: TopicNames.directoryUser,
  aggregate: 'user',
  version: 1,
  description: 'A role grant was revoked.',
  schema: userRoleRevokedV1DataSchema,
});

export const userOrganisationChangedV1DataSchema = z.object({
  userId: z.uuid(),
  previousOrganisationId: z.uuid(),
  organisationId: z.uuid(),
  /** Why the account moved: today only a merge of its organisation into another. */
  reason: z.enum(['ORGANISATION_MERGED']),
  changedAt: z.iso.datetime({ offset: true }),
});

export const UserOrganisationChangedV1 = defineEvent({
  type: 'org.coordination.directory.user.organisation-changed.v1',
  topic: TopicNames.directoryUser,
  aggregate: 'user',
  version: 1,
  description:
    'A user account now belongs to another organisation (its own was merged into that one); its next tokens carry the new organisation.',
  schema: userOrganisationChangedV1DataSchema,
});

export { sectorCodeSchema };
