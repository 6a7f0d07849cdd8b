import { Field, ID, InputType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@coordination/contracts';
import { z } from 'zod';
import { OrganisationTypeEnum } from '../organisation.model';
import {
  OrganisationIdentifierInput,
  organisationNameSchema,
  organisationProfileInputFields,
} from '../organisation-profile.input';

@InputType()
export class RegisterOrganisationInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;

  @Field(() => [String], { nullable: true, description: 'Other names it is known by, e.g. "UNHCR" for ACNUR.' })
  aliases?: string[];

  @Field(() => [OrganisationIdentifierInput], { nullable: true })
  identifiers?: OrganisationIdentifierInput[];

  @Field(() => ID, { nullable: true })
  parentOrganisationId?: string | null;

  @Field({ nullable: true, description: 'Member of the coordination working group.' })
  workingGroupMember?: boolean;

  @Field(() => [String], { nullable: true, description: 'Department P-codes where it works.' })
  regionPcodes?: string[];
}

export const registerOrganisationSchema = z.object({
  id: z.uuid().nullish(),
  name: organisationNameSchema,
  type: z.enum(ORGANISATION_TYPES),
  ...organisationProfileInputFields,
});

export type RegisterOrganisationCommand = z.infer<typeof registerOrganisationSchema>;
