import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@coordination/contracts';
import { z } from 'zod';
import { OrganisationTypeEnum } from '../organisation.model';
import {
  OrganisationIdentifierInput,
  organisationNameSchema,
  organisationProfileInputFields,
} from '../organisation-profile.input';

@InputType({ description: 'Fields left out keep their value; `null` clears a nullable field.' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Refuse the change if the organisation is no longer at this version.',
  })
  expectedVersion?: number | null;

  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  type?: OrganisationType;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases.' })
  aliases?: string[];

  @Field(() => [OrganisationIdentifierInput], { nullable: true, description: 'Replaces the identifiers.' })
  identifiers?: OrganisationIdentifierInput[];

  @Field(() => ID, { nullable: true })
  parentOrganisationId?: string | null;

  @Field({ nullable: true })
  workingGroupMember?: boolean;

  @Field(() => [String], { nullable: true })
  regionPcodes?: string[];
}

export const updateOrganisationSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.number().int().min(1).nullish(),
  name: organisationNameSchema.optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  ...organisationProfileInputFields,
});

export type UpdateOrganisationCommand = z.infer<typeof updateOrganisationSchema>;
