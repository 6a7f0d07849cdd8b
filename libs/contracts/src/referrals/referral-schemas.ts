import { z } from 'zod';
import { pcodeSchema } from '../directory/organisation-profile.schema';
import { sectorCodeSchema } from '../directory/user-events.v1';

/** How fast a referral needs a first response; checked against libs/taxonomies by the producer. */
export const REFERRAL_EVENT_PRIORITIES = ['EMERGENCY', 'URGENT', 'STANDARD'] as const;

/** Where a referral stands. FORWARDED: the receiver passed it on through a new, linked referral. */
export const REFERRAL_STATUSES = ['SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'FORWARDED', 'COMPLETED'] as const;

export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralTimestampSchema = z.iso.datetime({ offset: true });

/**
 * What every referral event carries so reporting can count referrals and compute response times
 * without calling back. Deliberately no personal data: the case is named by its pseudonymous id
 * only, and no free text (reasons, feedback) travels, since free text may name the person.
 */
export const referralFacts = {
  referralId: z.uuid(),
  /** Pseudonymous case id: meaningless outside the referrals service. */
  caseId: z.uuid(),
  sendingOrganisationId: z.uuid(),
  receivingOrganisationId: z.uuid(),
  /** Null when sent directly to an organisation rather than to a service of the directory. */
  serviceId: z.uuid().nullable(),
  sector: sectorCodeSchema,
  subSector: sectorCodeSchema.nullable(),
  priority: z.enum(REFERRAL_EVENT_PRIORITIES),
  /** Where the person is to be served: department, province or district. */
  placePcode: pcodeSchema,
  /** Set when this referral forwards an accepted one. */
  forwardedFromReferralId: z.uuid().nullable(),
  sentAt: referralTimestampSchema,
  /** First-response deadline from the priority. */
  dueAt: referralTimestampSchema,
};

/** Why a receiver declined; a code, never free text. */
export const REFERRAL_REJECTION_REASONS = [
  'NO_CAPACITY',
  'OUTSIDE_MANDATE',
  'OUTSIDE_AREA',
  'NOT_ELIGIBLE',
  'DUPLICATE',
  'PERSON_UNREACHABLE',
  'OTHER',
] as const;

export type ReferralRejectionReason = (typeof REFERRAL_REJECTION_REASONS)[number];

/** How a referral ended from the receiver's side; a code, never free text. */
export const REFERRAL_OUTCOMES = ['SERVICE_PROVIDED', 'PARTIALLY_PROVIDED', 'PERSON_DECLINED', 'LOST_CONTACT'] as const;

export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** What a consent allows the holders to do with the personal data. */
export const CONSENT_PURPOSES = ['REFERRAL', 'CASE_MANAGEMENT', 'FOLLOW_UP'] as const;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export { pcodeSchema, sectorCodeSchema };
