import { z } from 'zod';

/** P-code of a Peruvian administrative unit (PE + INEI UBIGEO pairs). */
export const pcodeSchema = z.string().regex(/^PE(\d{2}){1,3}$/, 'must be a P-code such as PE15, PE1501 or PE150101');

export const organisationIdentifierSchema = z.object({
  /** e.g. IATI (organisation identifier), RUC (Peruvian tax id). */
  scheme: z.string().min(1).max(40),
  value: z.string().min(1).max(200),
});

/**
 * The descriptive part of an organisation, shared by the registered and updated events so both
 * carry the same picture of it.
 */
export const organisationProfileFields = {
  aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
  identifiers: z.array(organisationIdentifierSchema).max(20).optional(),
  parentOrganisationId: z.uuid().nullable().optional(),
  workingGroupMember: z.boolean().optional(),
  regionPcodes: z.array(pcodeSchema).max(30).optional(),
};
