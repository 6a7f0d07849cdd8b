import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import type { AssessmentType } from '@coordination/contracts';
import type { PopulationGroup } from '@coordination/taxonomies';
import { AssessmentStatusEnum, AssessmentTypeEnum, PopulationGroupEnum } from '../../shared/needs-enums';
import { assessmentFieldSchemas as fields } from '../assessment-fields.input';

@InputType({
  description: 'Adds an assessment to the registry; a partner admin must name its own organisation as a lead.',
})
export class RegisterAssessmentInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field()
  title: string;

  @Field(() => AssessmentTypeEnum)
  type: AssessmentType;

  @Field()
  method: string;

  @Field(() => [ID])
  leadOrganisationIds: string[];

  @Field(() => [String], { description: 'Department, province or district P-codes covered.' })
  pcodes: string[];

  @Field(() => [PopulationGroupEnum])
  populationGroups: PopulationGroup[];

  @Field(() => [String], { nullable: true, description: 'Sector codes of the plan year covered.' })
  sectors?: string[] | null;

  @Field({ description: 'YYYY-MM-DD' })
  collectionStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  collectionEnd: string;

  @Field(() => AssessmentStatusEnum, { nullable: true, description: 'PLANNED (default) or ONGOING.' })
  status?: 'PLANNED' | 'ONGOING' | null;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;

  @Field(() => Int)
  planYear: number;
}

export const registerAssessmentSchema = z.object({
  id: z.uuid().nullish(),
  title: fields.title,
  type: fields.type,
  method: fields.method,
  leadOrganisationIds: fields.leadOrganisationIds,
  pcodes: fields.pcodes,
  populationGroups: fields.populationGroups,
  sectors: fields.sectors.nullish().transform((sectors) => sectors ?? []),
  collectionStart: fields.day,
  collectionEnd: fields.day,
  status: fields.status.nullish().transform((status) => status ?? 'PLANNED'),
  sourceUrl: fields.sourceUrl.nullish().transform((url) => url ?? null),
  planYear: fields.planYear,
});

export type RegisterAssessmentCommand = z.infer<typeof registerAssessmentSchema>;
