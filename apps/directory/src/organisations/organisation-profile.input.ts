import { Field, InputType } from '@nestjs/graphql';
import { pcodeSchema } from '@coordination/contracts';
import { z } from 'zod';

@InputType()
export class OrganisationIdentifierInput {
  @Field({ description: 'Scheme of the identifier, e.g. IATI or RUC.' })
  scheme: string;

  @Field()
  value: string;
}

export const organisationIdentifierInputSchema = z.object({
  scheme: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, 'must be a short scheme code such as IATI or RUC'),
  value: z.string().trim().min(1).max(200),
});

const nameSchema = z.string().trim().min(2, 'must have at least 2 characters').max(200);

/** Validation shared by register and update: the descriptive fields of an organisation. */
export const organisationProfileInputFields = {
  acronym: z.string().trim().min(1).max(30).nullish(),
  aliases: z.array(nameSchema).max(50).optional(),
  identifiers: z.array(organisationIdentifierInputSchema).max(20).optional(),
  parentOrganisationId: z.uuid().nullish(),
  workingGroupMember: z.boolean().optional(),
  regionPcodes: z.array(pcodeSchema).max(30).optional(),
};

export { nameSchema as organisationNameSchema };
