import { z } from 'zod';

export const registerIntegratorClientSchema = z.object({
  clientId: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{2,62}$/, 'must be 3-63 lower-case letters, digits or dashes'),
  name: z.string().trim().min(2).max(200),
  organisationId: z.uuid(),
});

export const grantDataSharingAgreementSchema = z.object({
  clientId: z.string().trim().min(1),
  eventTypes: z.array(z.string().trim().min(1)).min(1).max(200),
  allowedFields: z
    .array(z.object({ eventType: z.string().trim().min(1), fields: z.array(z.string().trim().min(1)).min(1).max(100) }))
    .max(200)
    .optional(),
  validFrom: z.date().nullish(),
  validTo: z.date(),
});

export const revokeDataSharingAgreementSchema = z.object({ agreementId: z.uuid() });

export type RegisterIntegratorClientCommand = z.infer<typeof registerIntegratorClientSchema>;
export type GrantDataSharingAgreementCommand = z.infer<typeof grantDataSharingAgreementSchema>;
