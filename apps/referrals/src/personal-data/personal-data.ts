import { z } from 'zod';
import { SPECIFIC_NEEDS } from '@coordination/taxonomies';

const name = z.string().trim().min(1).max(200);
const isoDay = z.iso.date();
const SEXES = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;

export const householdMemberSchema = z
  .object({
    givenNames: name.optional(),
    familyNames: name.optional(),
    dateOfBirth: isoDay.optional(),
    sex: z.enum(SEXES).optional(),
    relationship: z.string().trim().min(1).max(50).optional(),
  })
  .strict();

/**
 * A case's personal data: the only shape the vault seals. Strict (an unknown field is refused, not
 * silently stored) and bounded, so a sealed record stays small and a malformed one never reaches
 * the database. Everything here is personal data: it never leaves the referrals service unsealed
 * except to a reader the access rule allows, and never enters an event.
 */
export const personalDataSchema = z
  .object({
    givenNames: name,
    familyNames: name,
    dateOfBirth: isoDay.optional(),
    sex: z.enum(SEXES).optional(),
    /** ISO 3166-1 alpha-3: VEN, COL, PER... */
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as VEN')
      .optional(),
    document: z
      .object({
        /** PASSPORT, CEDULA, PTP, CPP, CARNE_EXTRANJERIA, DNI, OTHER... */
        type: z.string().regex(/^[A-Z][A-Z_]{1,29}$/, 'must be an upper-case document type such as PASSPORT'),
        number: z
          .string()
          .trim()
          .min(1)
          .max(40)
          .regex(/^[A-Za-z0-9 .\-/]+$/, 'letters, digits, spaces, dots, dashes and slashes only'),
      })
      .strict()
      .optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,25}$/, 'must be a phone number such as +51 987 654 321')
      .optional(),
    address: z.string().trim().min(1).max(300).optional(),
    /** ISO 639 codes: es, en, qu (Quechua), ay (Aymara)... */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as es'))
      .max(10)
      .optional(),
    specificNeeds: z.array(z.enum(SPECIFIC_NEEDS)).max(SPECIFIC_NEEDS.length).optional(),
    householdMembers: z.array(householdMemberSchema).max(20).optional(),
  })
  .strict();

export type PersonalData = z.infer<typeof personalDataSchema>;
export type PersonalDataField = keyof PersonalData;
