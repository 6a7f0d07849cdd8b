import { Field, ID, InputType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@coordination/contracts';
import { z } from 'zod';
import { OrganisationTypeEnum } from '../organisation.model';

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
}

export const registerOrganisationSchema = z.object({
  id: z.uuid().nullish(),
  name: z.string().trim().min(2, 'must have at least 2 characters').max(200),
  acronym: z.string().trim().min(1).max(30).nullish(),
  type: z.enum(ORGANISATION_TYPES),
});

export type RegisterOrganisationCommand = z.infer<typeof registerOrganisationSchema>;
