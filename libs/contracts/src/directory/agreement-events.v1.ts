import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';

export const agreementGrantedV1DataSchema = z.object({
  agreementId: z.uuid(),
  integratorClientId: z.string().min(1).max(100),
  /** The organisation the integrator acts for (e.g. the agency running KoboToolbox). */
  organisationId: z.uuid(),
  /** Event types the integrator may receive. */
  eventTypes: z.array(z.string().min(1)).min(1).max(200),
  /** For sensitive event types, the only `data` fields the integrator may receive. */
  allowedFields: z.record(z.string(), z.array(z.string().min(1)).max(100)),
  validFrom: z.iso.datetime({ offset: true }),
  validTo: z.iso.datetime({ offset: true }),
  grantedAt: z.iso.datetime({ offset: true }),
});

export const AgreementGrantedV1 = defineEvent({
  type: 'org.coordination.directory.agreement.granted.v1',
  topic: TopicNames.directoryAgreement,
  aggregate: 'agreement',
  version: 1,
  description: 'A data-sharing agreement gave an integrator client access to listed event types and fields.',
  schema: agreementGrantedV1DataSchema,
});

export const agreementRevokedV1DataSchema = z.object({
  agreementId: z.uuid(),
  integratorClientId: z.string().min(1).max(100),
  revokedAt: z.iso.datetime({ offset: true }),
});

export const AgreementRevokedV1 = defineEvent({
  type: 'org.coordination.directory.agreement.revoked.v1',
  topic: TopicNames.directoryAgreement,
  aggregate: 'agreement',
  version: 1,
  description: 'A data-sharing agreement was revoked: its integrator loses its tokens and subscriptions at once.',
  schema: agreementRevokedV1DataSchema,
});
