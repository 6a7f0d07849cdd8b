import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { POPULATION_GROUPS, SPECIFIC_NEEDS } from '@coordination/taxonomies';
import { ServiceOperationalStatusEnum } from '../model/service-operational-status.enum';
import { SERVICE_STATUSES, type ServiceStatus } from '../shared/service-status';
import { pcodeSchema } from '../writing/service-details.schema';

@InputType({ description: 'Every criterion given must hold.' })
export class ServiceFilterInput {
  @Field(() => String, { nullable: true, description: 'Sector code, e.g. PRO.' })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: 'Sub-sector code, e.g. GBV.' })
  subSector?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. IN_TRANSIT.' })
  populationGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. GBV_SURVIVOR.' })
  specificNeed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Delivered at a location inside this unit: PE24 (Tumbes) matches its provinces and districts.',
  })
  pcode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of a language staff speak, e.g. es.' })
  language?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Open at this instant by its schedules (read in Lima time, UTC-5); within `pcode` when given.',
  })
  openAt?: Date | null;

  @Field(() => ServiceOperationalStatusEnum, { nullable: true, description: 'ACTIVE when not given.' })
  status?: ServiceStatus | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;
}

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2,4}$/, 'must be a code such as PRO or GBV');

export const serviceFilterSchema = z.object({
  sector: code.nullish(),
  subSector: code.nullish(),
  populationGroup: z.enum(POPULATION_GROUPS).nullish(),
  specificNeed: z.enum(SPECIFIC_NEEDS).nullish(),
  pcode: pcodeSchema.nullish(),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as es')
    .nullish(),
  openAt: z.date().nullish(),
  status: z
    .enum(SERVICE_STATUSES)
    .nullish()
    .transform((status) => status ?? 'active'),
  organisationId: z.uuid().nullish(),
});

export type ServiceFilter = z.infer<typeof serviceFilterSchema>;
