import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { SexAgeCellsInput } from '@coordination/graphql';
import { POPULATION_GROUPS, type PopulationGroup } from '@coordination/taxonomies';
import { isIsoDay } from '../../shared/lima-date';
import { PopulationGroupEnum } from '../../shared/needs-enums';

@InputType({ description: 'People in need of one sector at one department or province for one population group.' })
export class PeopleInNeedFigureInput {
  @Field({ description: 'Sector code of the round’s plan year.' })
  sector: string;

  @Field({ description: 'Department or province P-code.' })
  pcode: string;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => Int)
  peopleInNeed: number;

  @Field(() => SexAgeCellsInput)
  cells: SexAgeCellsInput;

  @Field(() => Int, { nullable: true, description: 'People affected, of whom peopleInNeed are in need.' })
  affectedPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'The population baseline the analysis started from.' })
  baselinePopulation?: number | null;
}

@InputType({ description: 'The severity phase of one department or province for one population group.' })
export class SeverityFigureInput {
  @Field()
  pcode: string;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => Int, { description: '1 (minimal) to 5 (catastrophic).' })
  phase: number;
}

@InputType({
  description:
    'Publishes a round of a needs analysis. It supersedes the analysis’s latest round (give supersedesRoundId to ' +
    'make sure it is the one you read); rounds are never summed.',
})
export class PublishNeedsRoundInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field({ description: 'The analysis the round belongs to, e.g. GTRM-JNA.' })
  analysisCode: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'The plan year whose sector taxonomy the figures use.' })
  planYear: number;

  @Field(() => String, { nullable: true, description: 'First day in force (YYYY-MM-DD); today in Lima by default.' })
  inForceFrom?: string | null;

  @Field(() => ID, { nullable: true, description: 'The round this one replaces: the analysis’s latest round.' })
  supersedesRoundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessment whose data the round comes from.' })
  assessmentId?: string | null;

  @Field({ description: 'Where the figures come from, as it should be cited.' })
  source: string;

  @Field(() => String, { nullable: true })
  methodology?: string | null;

  @Field(() => [PeopleInNeedFigureInput])
  peopleInNeed: PeopleInNeedFigureInput[];

  @Field(() => [SeverityFigureInput], { nullable: true })
  severity?: SeverityFigureInput[] | null;
}

/** Whole numbers only here; ranges (negative figures, phases outside 1-5) get their own codes from the use case. */
const count = z.number().int();
const MAX_FIGURES = 10_000;

export const publishNeedsRoundSchema = z.object({
  id: z.uuid().nullish(),
  analysisCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,59}$/, 'must be a code of letters, digits, - and _'),
  title: z.string().trim().min(3).max(300),
  planYear: z.number().int().min(2000).max(2100),
  inForceFrom: z.string().refine(isIsoDay, 'must be a day such as 2025-03-31').nullish(),
  supersedesRoundId: z.uuid().nullish(),
  assessmentId: z.uuid().nullish(),
  source: z.string().trim().min(3).max(1000),
  methodology: z.string().trim().max(4000).nullish(),
  peopleInNeed: z
    .array(
      z.object({
        sector: z.string().trim().toUpperCase(),
        pcode: z.string().trim().toUpperCase(),
        populationGroup: z.enum(POPULATION_GROUPS),
        peopleInNeed: count,
        cells: z.object({ girls: count, boys: count, women: count, men: count, unknown: count }),
        affectedPopulation: count.nullish(),
        baselinePopulation: count.nullish(),
      }),
    )
    .min(1)
    .max(MAX_FIGURES),
  severity: z
    .array(
      z.object({ pcode: z.string().trim().toUpperCase(), populationGroup: z.enum(POPULATION_GROUPS), phase: count }),
    )
    .max(MAX_FIGURES)
    .nullish(),
});

export type PublishNeedsRoundCommand = z.infer<typeof publishNeedsRoundSchema>;
export type PeopleInNeedFigureCommand = PublishNeedsRoundCommand['peopleInNeed'][number];
export type SeverityFigureCommand = NonNullable<PublishNeedsRoundCommand['severity']>[number];
