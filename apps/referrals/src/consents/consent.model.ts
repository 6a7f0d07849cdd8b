import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ConsentPurpose } from '@coordination/contracts';
import { ConsentPurposeEnum } from '../shared/referrals-enums';
import { ConsentGiverEnum, ConsentMethodEnum } from './consent-enums';
import type { ConsentEntity, ConsentGiver, ConsentMethod } from './consent.entity';

@ObjectType('Consent')
export class ConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ConsentGiverEnum)
  givenBy: ConsentGiver;

  @Field(() => String, { nullable: true })
  guardianRelationship: string | null;

  @Field(() => String, { nullable: true })
  overrideReason: string | null;

  @Field(() => [ID])
  recipientOrganisationIds: string[];

  @Field(() => [ConsentPurposeEnum])
  purposes: ConsentPurpose[];

  @Field(() => ConsentMethodEnum)
  method: ConsentMethod;

  @Field(() => GraphQLISODateTime)
  givenAt: Date;

  @Field()
  recordedBy: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

export function toConsentModel(entity: ConsentEntity): ConsentModel {
  const { caseId, revokedBy: _revokedBy, ...rest } = entity;
  return { ...rest, caseId };
}
