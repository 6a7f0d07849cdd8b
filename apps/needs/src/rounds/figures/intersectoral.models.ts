import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { PageInfo } from '@coordination/graphql';
import type { PopulationGroup } from '@coordination/taxonomies';
import { PlaceLevelEnum, PopulationGroupEnum } from '../../shared/needs-enums';
import { NeedsRoundModel } from '../needs-round.model';
import { INTERSECTORAL_RULE } from './intersectoral-rows';

@ObjectType('IntersectoralPeopleInNeed', { description: INTERSECTORAL_RULE })
export class IntersectoralPeopleInNeedModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => Int, { description: 'The maximum over sectors, never the sum.' })
  peopleInNeed: number;

  @Field({ description: 'MAX_OVER_SECTORS or SUM_OF_PROVINCE_MAXIMA (see the type description).' })
  method: string;

  @Field(() => [String], {
    description: 'The sectors whose figure is the maximum (every one compared for a sum of provinces).',
  })
  maxSectors: string[];

  @Field(() => [String], { description: 'The sectors compared (cross-sector modalities left out).' })
  sectorsCompared: string[];
}

@ObjectType('IntersectoralPeopleInNeedConnection', { description: INTERSECTORAL_RULE })
export class IntersectoralPeopleInNeedConnection {
  @Field(() => [IntersectoralPeopleInNeedModel])
  nodes: IntersectoralPeopleInNeedModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => NeedsRoundModel, { nullable: true })
  round: NeedsRoundModel | null;

  @Field()
  asOf: string;

  @Field({ description: 'MAX_OVER_SECTORS: the rule every row follows (see the type description).' })
  method: string;

  @Field({ description: 'The rule in words.' })
  rule: string;

  @Field(() => Int, {
    description: 'All rows of every page added up: places and population groups hold different people.',
  })
  peopleInNeed: number;
}
