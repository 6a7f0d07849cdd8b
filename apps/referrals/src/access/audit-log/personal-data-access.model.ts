import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { z } from 'zod';
import { ConnectionType } from '@coordination/graphql';
import { enumOf } from '../../shared/referrals-enums';
import { ACCESS_PURPOSES, type AccessPurpose } from '../personal-data-access.entity';

export const AccessPurposeEnum = enumOf(ACCESS_PURPOSES);
registerEnumType(AccessPurposeEnum, { name: 'PersonalDataAccessPurpose', description: 'Why personal data was read.' });

@ObjectType('PersonalDataAccess', { description: 'One read of a case’s personal data (append-only audit trail).' })
export class PersonalDataAccessModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  accessedAt: Date;

  @Field()
  userId: string;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID, { nullable: true })
  referralId: string | null;

  @Field(() => [String])
  fields: string[];

  @Field(() => AccessPurposeEnum)
  purpose: AccessPurpose;
}

export const PersonalDataAccessConnection = ConnectionType(PersonalDataAccessModel, 'PersonalDataAccessConnection');

@InputType()
export class PersonalDataAccessFilterInput {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => String, { nullable: true })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date | null;
}

export const personalDataAccessFilterSchema = z.object({
  caseId: z.uuid().nullish(),
  userId: z.string().min(1).max(200).nullish(),
  organisationId: z.uuid().nullish(),
  from: z.coerce.date().nullish(),
  to: z.coerce.date().nullish(),
});

export type PersonalDataAccessFilter = z.infer<typeof personalDataAccessFilterSchema>;
