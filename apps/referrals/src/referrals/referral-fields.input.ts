import { z } from 'zod';
import { pcodeSchema, sectorCodeSchema } from '@coordination/contracts';
import { REFERRAL_PRIORITIES } from '@coordination/taxonomies';

/** Field rules shared by sending and forwarding a referral. */
export const referralFieldSchemas = {
  serviceId: z.uuid().nullish(),
  receivingOrganisationId: z.uuid().nullish(),
  consentId: z.uuid().nullish(),
  sector: sectorCodeSchema,
  subSector: sectorCodeSchema.nullish(),
  servicesRequested: z
    .array(z.string().trim().min(1).max(200))
    .max(20)
    .nullish()
    .transform((services) => services ?? []),
  reason: z.string().trim().min(1).max(4000),
  priority: z.enum(REFERRAL_PRIORITIES),
  placePcode: pcodeSchema,
};

/** A referral names either a service of the directory or an organisation (or both, when they agree). */
export function namesAReceiver(input: { serviceId?: string | null; receivingOrganisationId?: string | null }): boolean {
  return Boolean(input.serviceId || input.receivingOrganisationId);
}

export const RECEIVER_REQUIRED = {
  message: 'name a serviceId or a receivingOrganisationId',
  path: ['receivingOrganisationId'],
};
