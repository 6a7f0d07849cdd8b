import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * People by sex and age (libs/taxonomies' cells): girls and boys are under 18, and `unknown` is
 * never dropped, so the cells add up to the figure they break down. One type for every subgraph.
 */
@ObjectType('SexAgeCells', { description: 'Girls and boys are under 18; the cells add up to the figure.' })
@Directive('@shareable')
export class SexAgeCellsModel {
  @Field(() => Int)
  girls: number;

  @Field(() => Int)
  boys: number;

  @Field(() => Int)
  women: number;

  @Field(() => Int)
  men: number;

  @Field(() => Int)
  unknown: number;
}
