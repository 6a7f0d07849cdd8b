import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

@InputType({ description: 'Replaces a published assessment by a newer published one.' })
export class SupersedeAssessmentInput {
  @Field(() => ID, { description: 'The assessment replaced.' })
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => ID, { description: 'The newer published assessment that replaces it.' })
  supersededByAssessmentId: string;
}

export const supersedeAssessmentSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.number().int().min(1),
  supersededByAssessmentId: z.uuid(),
});

export type SupersedeAssessmentCommand = z.infer<typeof supersedeAssessmentSchema>;
