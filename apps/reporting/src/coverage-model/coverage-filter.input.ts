import { Field, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { POPULATION_GROUPS, type PopulationGroup } from '@coordination/taxonomies';
import { COVERAGE_LEVELS, type CoverageLevel, type CoverageQuery } from './coverage-query';
import { CoverageLevelEnum, PopulationGroupEnum } from './coverage-enums';

@InputType({ description: 'Which coverage rows: a plan year’s months, narrowed by the filters given.' })
export class CoverageFilterInput {
  @Field(() => Int)
  planYear: number;

  @Field(() => Int, { nullable: true, description: 'First month (1-12) for partners present; 1 by default.' })
  monthFrom?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last month (1-12): reachedMonthly is this month’s, consolidated runs January to it; 12 by default.',
  })
  monthTo?: number | null;

  @Field(() => String, { nullable: true, description: 'One sector code (EDU, HEA...); every sector when omitted.' })
  sector?: string | null;

  @Field(() => CoverageLevelEnum, { nullable: true, description: 'Level of the rows; DEPARTMENT by default.' })
  level?: CoverageLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only places inside this P-code; the whole country when omitted.',
  })
  parentPcode?: string | null;

  @Field(() => PopulationGroupEnum, {
    nullable: true,
    description: 'One population group; omitted, the groups are added up (targets are not per group, so only then).',
  })
  populationGroup?: PopulationGroup | null;
}

export const coverageFilterSchema = z
  .object({
    planYear: z.number().int().min(2000).max(2100),
    monthFrom: z.number().int().min(1).max(12).nullish(),
    monthTo: z.number().int().min(1).max(12).nullish(),
    sector: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,5}$/, 'must be a sector code such as HEA')
      .nullish(),
    level: z.enum(COVERAGE_LEVELS).nullish(),
    parentPcode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^PE(\d{2}){1,3}$/, 'must be a Peruvian P-code such as PE15')
      .nullish(),
    populationGroup: z.enum(POPULATION_GROUPS).nullish(),
  })
  .refine((filter) => (filter.monthFrom ?? 1) <= (filter.monthTo ?? 12), {
    message: 'must not come after monthTo',
    path: ['monthFrom'],
  })
  .transform((filter): CoverageQuery => ({
    planYear: filter.planYear,
    monthFrom: filter.monthFrom ?? 1,
    monthTo: filter.monthTo ?? 12,
    sector: filter.sector ?? null,
    level: filter.level ?? 'DEPARTMENT',
    parentPcode: filter.parentPcode ?? null,
    populationGroup: filter.populationGroup ?? null,
  }));
