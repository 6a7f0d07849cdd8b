import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AggregationMethod } from '@coordination/contracts';
import type { Modality, Unit } from '@coordination/taxonomies';
import { ActivityUnitEnum, AggregationMethodEnum, ModalityEnum } from '../shared/activity-enums';

@ObjectType('IndicatorName', { description: 'The indicator’s name in Spanish and English.' })
export class IndicatorNameModel {
  @Field()
  es: string;

  @Field()
  en: string;
}

@ObjectType('Indicator', { description: 'What partners report against, per sector and plan year.' })
export class IndicatorModel {
  @Field()
  code: string;

  @Field(() => Int)
  planYear: number;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector: string | null;

  @Field(() => IndicatorNameModel)
  name: IndicatorNameModel;

  @Field(() => ActivityUnitEnum)
  unit: Unit;

  @Field({ description: 'Counts people: reports give sex and age cells and how many were new this year.' })
  countsPeople: boolean;

  @Field(() => AggregationMethodEnum)
  aggregation: AggregationMethod;

  @Field({ description: 'Reports must split the quantity into girls, boys, women, men and unknown.' })
  requiresSexAgeDisaggregation: boolean;

  @Field(() => [ModalityEnum])
  modalities: Modality[];
}
