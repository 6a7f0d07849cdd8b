import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReferralCaseEntity } from './referral-case.entity';

@ObjectType('ReferralCase', {
  description: 'A person or household under a pseudonymous id. Personal data is read with `casePersonalData`.',
})
export class ReferralCaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export function toCaseModel(entity: ReferralCaseEntity): ReferralCaseModel {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
