import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import type { PlaceLevel } from '@coordination/contracts';
import { POPULATION_GROUPS, type PopulationGroup } from '@coordination/taxonomies';
import { isIsoDay } from '../../shared/lima-date';
import { PlaceLevelEnum, PopulationGroupEnum } from '../../shared/needs-enums';

@InputType({ description: 'Which figures: one analysis’s round in force on a day, narrowed by the filters given.' })
export class NeedsFigureFilterInput {
  @Field({ description: 'The analysis, e.g. GTRM-JNA.' })
  analysisCode: string;

  @Field(() => String, { nullable: true, description: 'Figures in force on this day (YYYY-MM-DD); today by default.' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'One sector (ignored by intersectoral figures).' })
  sector?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A department or province: the figures inside it. The whole country when omitted.',
  })
  pcode?: string | null;

  @Field(() => PopulationGroupEnum, { nullable: true })
  populationGroup?: PopulationGroup | null;

  @Field(() => PlaceLevelEnum, {
    nullable: true,
    description:
      'Level of the rows: DEPARTMENT (default) adds up the provinces of a round published per province; PROVINCE ' +
      'leaves out figures held only per department (they are never split). Never coarser than pcode.',
  })
  level?: PlaceLevel | null;
}

export const needsFigureFilterSchema = z.object({
  analysisCode: z.string().trim().toUpperCase().min(2).max(60),
  asOf: z.string().refine(isIsoDay, 'must be a day such as 2025-03-31').nullish(),
  sector: z.string().trim().toUpperCase().nullish(),
  pcode: z.string().trim().toUpperCase().nullish(),
  populationGroup: z.enum(POPULATION_GROUPS).nullish(),
  level: z.enum(['department', 'province', 'district']).nullish(),
});

export type NeedsFigureFilter = z.infer<typeof needsFigureFilterSchema>;
