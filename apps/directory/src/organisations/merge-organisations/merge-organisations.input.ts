import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  survivingOrganisationId: string;

  @Field(() => ID, { description: 'The duplicate, whose names become aliases of the surviving record.' })
  duplicateOrganisationId: string;
}

export const mergeOrganisationsSchema = z.object({
  survivingOrganisationId: z.uuid(),
  duplicateOrganisationId: z.uuid(),
});

export type MergeOrganisationsCommand = z.infer<typeof mergeOrganisationsSchema>;
