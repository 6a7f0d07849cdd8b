import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { PlaceLevelEnum } from '../shared/activity-enums';

@ObjectType('ActivityTarget', { description: 'A partner’s target for an indicator at a place for a plan year.' })
export class ActivityTargetModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  indicatorCode: string;

  @Field()
  sector: string;

  @Field(() => Int)
  planYear: number;

  @Field()
  pcode: string;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field(() => Int, { description: 'In the indicator’s unit, compared with the figure of the year.' })
  quantity: number;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  setAt: Date;
}
