import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import type { AssessmentType } from '@coordination/contracts';
import type { PopulationGroup } from '@coordination/taxonomies';
import { AssessmentStatusEnum, AssessmentTypeEnum, PopulationGroupEnum } from '../../shared/needs-enums';
import { assessmentFieldSchemas as fields } from '../assessment-fields.input';

@InputType({
  description: 'Changes the fields given; the others stay. PUBLISHED is reached only by publishAssessment.',
})
export class UpdateAssessmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version read; a concurrent change is refused instead of overwritten.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => AssessmentTypeEnum, { nullable: true })
  type?: AssessmentType | null;

  @Field(() => String, { nullable: true })
  method?: string | null;

  @Field(() => [ID], { nullable: true })
  leadOrganisationIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  pcodes?: string[] | null;

  @Field(() => [PopulationGroupEnum], { nullable: true })
  populationGroups?: PopulationGroup[] | null;

  @Field(() => [String], { nullable: true })
  sectors?: string[] | null;

  @Field(() => String, { nullable: true })
  collectionStart?: string | null;

  @Field(() => String, { nullable: true })
  collectionEnd?: string | null;

  @Field(() => AssessmentStatusEnum, { nullable: true, description: 'PLANNED or ONGOING.' })
  status?: 'PLANNED' | 'ONGOING' | null;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;
}

export const updateAssessmentSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.number().int().min(1),
  title: fields.title.nullish(),
  type: fields.type.nullish(),
  method: fields.method.nullish(),
  leadOrganisationIds: fields.leadOrganisationIds.nullish(),
  pcodes: fields.pcodes.nullish(),
  populationGroups: fields.populationGroups.nullish(),
  sectors: fields.sectors.nullish(),
  collectionStart: fields.day.nullish(),
  collectionEnd: fields.day.nullish(),
  status: fields.status.nullish(),
  sourceUrl: fields.sourceUrl.nullish(),
});

export type UpdateAssessmentCommand = z.infer<typeof updateAssessmentSchema>;
