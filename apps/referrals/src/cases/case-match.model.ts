import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseMatch', { description: 'A case found by search: its pseudonymous id only.' })
export class CaseMatchModel {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int, { description: 'Search terms matched: more is closer.' })
  matchedTerms: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
