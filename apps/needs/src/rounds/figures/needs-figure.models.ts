import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { PageInfo, SexAgeCellsModel } from '@coordination/graphql';
import type { PopulationGroup } from '@coordination/taxonomies';
import { PlaceLevelEnum, PopulationGroupEnum } from '../../shared/needs-enums';
import { NeedsRoundModel } from '../needs-round.model';

@ObjectType('PeopleInNeedFigure', { description: 'People in need of one sector x place x population group.' })
export class PeopleInNeedFigureModel {
  @Field()
  sector: string;

  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => Int)
  peopleInNeed: number;

  @Field(() => SexAgeCellsModel)
  cells: SexAgeCellsModel;

  @Field(() => Int, { nullable: true, description: 'Null unless given for every cell added in.' })
  affectedPopulation: number | null;

  @Field(() => Int, { nullable: true, description: 'Null unless given for every cell added in.' })
  baselinePopulation: number | null;
}

@ObjectType('PeopleInNeedConnection')
export class PeopleInNeedConnection {
  @Field(() => [PeopleInNeedFigureModel])
  nodes: PeopleInNeedFigureModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => NeedsRoundModel, { nullable: true, description: 'The round in force on the day asked about.' })
  round: NeedsRoundModel | null;

  @Field({ description: 'The day the figures are in force (YYYY-MM-DD).' })
  asOf: string;
}

@ObjectType('SeverityFigure')
export class SeverityFigureModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => Int, { description: '1 (minimal) to 5 (catastrophic).' })
  phase: number;

  @Field({
    description: 'AS_PUBLISHED, or MAX_OVER_PROVINCES: the highest phase of the provinces (phases are never added).',
  })
  method: string;
}

@ObjectType('SeverityConnection')
export class SeverityConnection {
  @Field(() => [SeverityFigureModel])
  nodes: SeverityFigureModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => NeedsRoundModel, { nullable: true })
  round: NeedsRoundModel | null;

  @Field()
  asOf: string;
}

@ObjectType('SectorPeopleInNeed')
export class SectorPeopleInNeedModel {
  @Field()
  sector: string;

  @Field(() => Int)
  peopleInNeed: number;

  @Field(() => SexAgeCellsModel)
  cells: SexAgeCellsModel;
}

@ObjectType('PeopleInNeedTotals', {
  description: 'People in need per sector of the round in force, for the country or one place.',
})
export class PeopleInNeedTotalsModel {
  @Field(() => NeedsRoundModel, { nullable: true })
  round: NeedsRoundModel | null;

  @Field()
  asOf: string;

  @Field(() => String, { nullable: true, description: 'Null for the whole country.' })
  pcode: string | null;

  @Field(() => [SectorPeopleInNeedModel])
  sectors: SectorPeopleInNeedModel[];

  @Field(() => Int, {
    description: 'Intersectoral people in need of the same scope: maxima over sectors added up over places and groups.',
  })
  intersectoralPeopleInNeed: number;
}
