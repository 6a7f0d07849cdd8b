import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import {
  REFERRAL_OUTCOMES,
  REFERRAL_REJECTION_REASONS,
  referralFacts,
  referralTimestampSchema,
} from './referral-schemas';

// Every schema is strict: a field outside the contract (a name slipped in by mistake) is refused,
// not silently dropped, so personal data cannot ride along unnoticed.

export const ReferralSentV1 = defineEvent({
  type: 'org.coordination.referrals.referral.sent.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'A referral was sent from one organisation to another (or to one of its services), under a consent.',
  schema: z.object({ ...referralFacts }).strict(),
});

export const ReferralAcceptedV1 = defineEvent({
  type: 'org.coordination.referrals.referral.accepted.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'The receiving organisation accepted a referral; `respondedAt` is its first response.',
  schema: z.object({ ...referralFacts, respondedAt: referralTimestampSchema }).strict(),
});

export const ReferralRejectedV1 = defineEvent({
  type: 'org.coordination.referrals.referral.rejected.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'The receiving organisation declined a referral, with a reason code (never free text).',
  schema: z
    .object({ ...referralFacts, respondedAt: referralTimestampSchema, reason: z.enum(REFERRAL_REJECTION_REASONS) })
    .strict(),
});

export const ReferralWithdrawnV1 = defineEvent({
  type: 'org.coordination.referrals.referral.withdrawn.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'The sending organisation withdrew a referral before it was completed.',
  schema: z.object({ ...referralFacts, withdrawnAt: referralTimestampSchema }).strict(),
});

export const ReferralForwardedV1 = defineEvent({
  type: 'org.coordination.referrals.referral.forwarded.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description:
    'An accepted referral was passed on by its receiver through a new referral (`forwardedToReferralId`, sent separately).',
  schema: z
    .object({
      ...referralFacts,
      forwardedToReferralId: z.uuid(),
      forwardedToOrganisationId: z.uuid(),
      forwardedAt: referralTimestampSchema,
    })
    .strict(),
});

export const ReferralCompletedV1 = defineEvent({
  type: 'org.coordination.referrals.referral.completed.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'The receiver closed an accepted referral and told the sender the outcome (a code).',
  schema: z
    .object({ ...referralFacts, completedAt: referralTimestampSchema, outcome: z.enum(REFERRAL_OUTCOMES) })
    .strict(),
});

export const ReferralOverdueV1 = defineEvent({
  type: 'org.coordination.referrals.referral.overdue.v1',
  topic: TopicNames.referralsReferral,
  aggregate: 'referral',
  version: 1,
  description: 'A sent referral passed its first-response deadline without an answer; emitted once per referral.',
  schema: z.object({ ...referralFacts, detectedAt: referralTimestampSchema }).strict(),
});
