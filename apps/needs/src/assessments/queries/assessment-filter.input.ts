import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import type { AssessmentStatus, AssessmentType } from '@coordination/contracts';
import { ASSESSMENT_STATUSES, ASSESSMENT_TYPES } from '@coordination/contracts';
import { AssessmentStatusEnum, AssessmentTypeEnum } from '../../shared/needs-enums';
import { isIsoDay } from '../../shared/lima-date';

@InputType({ description: 'Every filter given must match.' })
export class AssessmentFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Assessments covering this place: the place itself, a unit inside it, or a unit containing it.',
  })
  pcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Assessments covering this sector.' })
  sector?: string | null;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  status?: AssessmentStatus | null;

  @Field(() => AssessmentTypeEnum, { nullable: true })
  type?: AssessmentType | null;

  @Field(() => String, { nullable: true, description: 'Data collection overlapping the period from this day.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Data collection overlapping the period up to this day.' })
  to?: string | null;

  @Field(() => Int, { nullable: true })
  planYear?: number | null;

  @Field(() => ID, { nullable: true })
  leadOrganisationId?: string | null;
}

const day = z.string().refine(isIsoDay, 'must be a day such as 2025-03-31');

export const assessmentFilterSchema = z.object({
  pcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^PE(\d{2}){1,3}$/, 'must be a P-code')
    .nullish(),
  sector: z.string().trim().toUpperCase().nullish(),
  status: z.enum(ASSESSMENT_STATUSES).nullish(),
  type: z.enum(ASSESSMENT_TYPES).nullish(),
  from: day.nullish(),
  to: day.nullish(),
  planYear: z.number().int().nullish(),
  leadOrganisationId: z.uuid().nullish(),
});

export type AssessmentFilter = z.infer<typeof assessmentFilterSchema>;
