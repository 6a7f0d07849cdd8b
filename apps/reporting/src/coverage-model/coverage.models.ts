import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { CoverageLevel } from './coverage-query';
import { CoverageLevelEnum } from './coverage-enums';

@ObjectType('CoverageCells', {
  description:
    'People reached in the month by sex and age (girls and boys are under 18). A count under the minimum cell ' +
    'size is null for government viewers and integrators, and `suppressed` says so.',
})
export class CoverageCellsModel {
  @Field(() => Int, { nullable: true })
  girls: number | null;

  @Field(() => Int, { nullable: true })
  boys: number | null;

  @Field(() => Int, { nullable: true })
  women: number | null;

  @Field(() => Int, { nullable: true })
  men: number | null;

  @Field(() => Int, { nullable: true })
  unknown: number | null;

  @Field({ description: 'True when at least one cell was withheld as too small to publish.' })
  suppressed: boolean;
}

@ObjectType('CoverageRow', {
  description:
    'Coverage of one sector at one place over the filter’s months. Reached figures count approved 4W reports of ' +
    'people-counting indicators only; within a sector the largest indicator counts (never their sum).',
})
export class CoverageRowModel {
  @Field({ description: 'P-code of the place (PE for the country), e.g. PE15 for the department of Lima.' })
  pcode: string;

  @Field(() => String, { nullable: true, description: 'Name of the place (Perú for the country).' })
  name: string | null;

  @Field(() => CoverageLevelEnum)
  level: CoverageLevel;

  @Field()
  sector: string;

  @Field(() => Int, {
    nullable: true,
    description: 'People in need in the needs round in force at the end of the last month; null when none is held.',
  })
  peopleInNeed: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Partners’ targets for the plan year (people); null when filtered by population group.',
  })
  targeted: number | null;

  @Field(() => Int, { description: 'People reached in the last month of the range (never summed over months).' })
  reachedMonthly: number;

  @Field(() => Int, { description: 'Sum of the “new this year” counts from January to the last month of the range.' })
  reachedConsolidated: number;

  @Field({ description: 'True when several partners added up: people they both reached are counted twice.' })
  consolidatedIsUpperBound: boolean;

  @Field(() => Int, { nullable: true, description: 'max(peopleInNeed - reachedConsolidated, 0); null without PiN.' })
  gap: number | null;

  @Field(() => Float, { nullable: true, description: 'reachedConsolidated / peopleInNeed x 100; null without PiN.' })
  coveragePercent: number | null;

  @Field(() => Int, { description: 'Organisations with an approved report in the months of the range.' })
  partnersPresent: number;

  @Field(() => CoverageCellsModel, { description: 'Sex and age cells of reachedMonthly.' })
  cells: CoverageCellsModel;

  @Field(() => Int, {
    nullable: true,
    description: 'For partner users: their own organisation’s reachedMonthly here; null for other viewers.',
  })
  ownReachedMonthly: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For partner users: their own organisation’s reachedConsolidated here; null for other viewers.',
  })
  ownReachedConsolidated: number | null;
}

@ObjectType('IntersectoralCoverageRow', {
  description:
    'Intersectoral coverage of a place: the maximum over sectors (multipurpose cash left out) of people in need ' +
    'and of consolidated reached, never their sum.',
})
export class IntersectoralCoverageRowModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => CoverageLevelEnum)
  level: CoverageLevel;

  @Field(() => Int, { nullable: true })
  peopleInNeed: number | null;

  @Field(() => Int)
  reachedConsolidated: number;

  @Field(() => Int, { nullable: true })
  gap: number | null;

  @Field(() => Float, { nullable: true })
  coveragePercent: number | null;

  @Field(() => [String], { description: 'Sectors compared (cross-sector ones excluded).' })
  sectorsCompared: string[];
}

@ObjectType('CoveragePartnerPresence', {
  description: 'An organisation with approved reports in a sector at a place, over the months of a coverage filter.',
})
export class PartnerPresenceModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  sector: string;

  @Field()
  organisationId: string;

  @Field(() => String, { nullable: true, description: 'From the directory’s organisation replica.' })
  organisationName: string | null;

  @Field(() => [Int], { description: 'Months (1-12) with an approved report in the range.' })
  months: number[];

  @Field(() => Int, {
    nullable: true,
    description: 'Approved reports; only for the organisation itself, coordinators and admins, null otherwise.',
  })
  reportCount: number | null;
}
