import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { SERVICE_STATUSES, pcodeSchema, sectorCodeSchema } from '@coordination/contracts';
import { POPULATION_GROUPS, type PopulationGroup } from '@coordination/taxonomies';
import { PopulationGroupEnum } from '../shared/referrals-enums';

@InputType({ description: 'A need to refer: which services could take it.' })
export class ReceiversFilterInput {
  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person is: services located in or around it.' })
  pcode?: string | null;

  @Field(() => PopulationGroupEnum, { nullable: true })
  populationGroup?: PopulationGroup | null;

  @Field(() => String, { nullable: true, description: 'A language the person speaks (es, en, qu...).' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'HSDS status; `active` (the default) receives referrals.' })
  status?: string | null;
}

export const receiversFilterSchema = z.object({
  sector: sectorCodeSchema,
  subSector: sectorCodeSchema.nullish(),
  pcode: pcodeSchema.nullish(),
  populationGroup: z.enum(POPULATION_GROUPS).nullish(),
  language: z.string().min(2).max(12).nullish(),
  status: z
    .enum(SERVICE_STATUSES)
    .nullish()
    .transform((status) => status ?? 'active'),
});

export type ReceiversFilter = z.infer<typeof receiversFilterSchema>;
