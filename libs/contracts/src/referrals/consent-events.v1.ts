import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { referralTimestampSchema } from './referral-schemas';

export const ConsentRevokedV1 = defineEvent({
  type: 'org.coordination.referrals.consent.revoked.v1',
  topic: TopicNames.referralsConsent,
  aggregate: 'consent',
  version: 1,
  description:
    'A person withdrew the consent under which their data was shared: every holder listed must purge the personal data of the case it received under it.',
  schema: z
    .object({
      consentId: z.uuid(),
      /** Pseudonymous case id: holders find what they received by it. */
      caseId: z.uuid(),
      owningOrganisationId: z.uuid(),
      /** Organisations that received the personal data under this consent and must purge it. */
      holderOrganisationIds: z.array(z.uuid()).max(200),
      referralIds: z.array(z.uuid()).max(200),
      revokedAt: referralTimestampSchema,
    })
    .strict(),
});
