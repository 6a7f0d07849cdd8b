import { z } from 'zod';
import type { ReferralPriority } from '@coordination/taxonomies';
import { personalDataSchema } from '../personal-data/personal-data';

/** Name and version of the exchange format; a reader refuses any other. */
export const REFERRAL_DOCUMENT_SCHEMA = 'coordination.referral.v1';

/** Primero's risk levels, mapped to and from the referral priorities. */
export const RISK_LEVEL_OF: Readonly<Record<ReferralPriority, 'high' | 'medium' | 'low'>> = {
  EMERGENCY: 'high',
  URGENT: 'medium',
  STANDARD: 'low',
};

export const PRIORITY_OF_RISK: Readonly<Record<'high' | 'medium' | 'low', ReferralPriority>> = {
  high: 'EMERGENCY',
  medium: 'URGENT',
  low: 'STANDARD',
};

const agencySchema = z.object({ id: z.uuid(), name: z.string().max(300).nullable() }).strict();

/** The documented shape (README.md next to this file); snake_case like Primero's referral fields. */
export const referralDocumentSchema = z
  .object({
    schema: z.literal(REFERRAL_DOCUMENT_SCHEMA),
    exported_at: z.iso.datetime({ offset: true }),
    referral_id: z.uuid(),
    case_id: z.uuid(),
    status: z.string().max(20),
    service_type: z.string().regex(/^[A-Z]{2,4}(\/[A-Z]{2,4})?$/),
    services_requested: z.array(z.string().max(200)).max(20),
    referring_agency: agencySchema,
    service_implementing_agency: agencySchema,
    service_implementing_agency_service_id: z.uuid().nullable(),
    service_referral_notes: z.string().max(4000).nullable(),
    protection_concerns: z.array(z.string().max(60)).max(30),
    risk_level: z.enum(['high', 'medium', 'low']),
    location_pcode: z.string().regex(/^PE(\d{2}){1,3}$/),
    sent_at: z.iso.datetime({ offset: true }),
    response_due_at: z.iso.datetime({ offset: true }),
    responded_at: z.iso.datetime({ offset: true }).nullable(),
    case_worker_contact: z
      .object({
        name: z.string().max(200).nullable(),
        email: z.string().max(200).nullable(),
        phone: z.string().max(40).nullable(),
      })
      .strict()
      .nullable(),
    consent: z
      .object({
        consent_id: z.uuid(),
        purposes: z.array(z.string().max(40)).max(10),
        covers_recipient: z.boolean(),
        given_by: z.string().max(40),
      })
      .strict(),
    /** Present only when the consent covers the recipient of the document. */
    personal_data: personalDataSchema.nullable(),
  })
  .strict();

export type ReferralDocument = z.infer<typeof referralDocumentSchema>;
