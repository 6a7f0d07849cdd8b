import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import type { Unit } from '@coordination/taxonomies';
import { SexAgeCellsModel } from '@coordination/graphql';
import { ActivityUnitEnum, PlaceLevelEnum } from '../../shared/activity-enums';

@ObjectType('ReachedAtPlace', {
  description:
    'What all partners reached with one indicator at one place in one month, from approved reports. ' +
    'A sum over partners: the same person helped by two partners counts twice (an upper bound).',
})
export class ReachedAtPlaceModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum, {
    description: 'The level asked for, or a coarser one for reports that only name a larger unit.',
  })
  placeLevel: PlaceLevel;

  @Field()
  indicatorCode: string;

  @Field(() => ActivityUnitEnum)
  unit: Unit;

  @Field(() => Int, { description: 'The month’s quantity in the indicator’s unit.' })
  reached: number;

  @Field(() => Int, { nullable: true, description: 'Of those, new to their partner this year (people only).' })
  newBeneficiaries: number | null;

  @Field(() => SexAgeCellsModel, {
    nullable: true,
    description: 'By sex and age, when every report behind the figure gave its cells.',
  })
  cells: SexAgeCellsModel | null;
}

export const ReachedAtPlaceConnection = ConnectionType(ReachedAtPlaceModel, 'ReachedAtPlaceConnection');
