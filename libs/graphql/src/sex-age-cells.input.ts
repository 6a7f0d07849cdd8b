import { Field, InputType, Int } from '@nestjs/graphql';

/**
 * People by sex and age as a client sends them, for every subgraph that takes counts of people.
 * The cells are nullable on purpose: a missing cell reaches the service's own checks, which name it
 * (`DISAGGREGATION.MISSING_CELL` at `input.cells.unknown`, for instance) instead of a generic
 * GraphQL type error that says nothing about the counting rule.
 */
@InputType('SexAgeCellsInput', {
  description:
    'People by sex and age: girls and boys are under 18; every cell, unknown included, adds up to the figure.',
})
export class SexAgeCellsInput {
  @Field(() => Int, { nullable: true, description: 'Under 18' })
  girls?: number | null;

  @Field(() => Int, { nullable: true, description: 'Under 18' })
  boys?: number | null;

  @Field(() => Int, { nullable: true, description: '18 and over' })
  women?: number | null;

  @Field(() => Int, { nullable: true, description: '18 and over' })
  men?: number | null;

  @Field(() => Int, { nullable: true, description: 'Sex or age not recorded' })
  unknown?: number | null;
}
