import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { z } from 'zod';
import { ServiceDetailsInput } from '../writing/service-details.input';
import { serviceDetailsFields } from '../writing/service-details.schema';

@InputType({
  description:
    'Changes the fields given and leaves the others. A list given replaces the whole list; null clears an optional field.',
})
export class UpdateServiceInput extends PartialType(ServiceDetailsInput, InputType) {
  @Field(() => ID)
  id: string;
}

// Required fields may be left out but not set to null; optional ones may be cleared with null.
export const updateServiceSchema = z.object({ ...serviceDetailsFields, id: z.uuid() }).partial({
  name: true,
  description: true,
  status: true,
  languages: true,
  sectors: true,
});

export type UpdateServiceCommand = z.infer<typeof updateServiceSchema>;
