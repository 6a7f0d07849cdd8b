import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { assessmentFieldSchemas as fields } from '../assessment-fields.input';

@InputType({ description: 'Publishes an assessment’s results; a source document link is required by then.' })
export class PublishAssessmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Sets (or replaces) the link to the source document.' })
  sourceUrl?: string | null;
}

export const publishAssessmentSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.number().int().min(1),
  sourceUrl: fields.sourceUrl.nullish(),
});

export type PublishAssessmentCommand = z.infer<typeof publishAssessmentSchema>;
