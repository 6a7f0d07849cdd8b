import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { serviceDetailsFields } from '../writing/service-details.schema';
import { ServiceDetailsInput } from '../writing/service-details.input';
import { ageRangeProblem } from '../writing/age-range';

@InputType()
export class PublishServiceInput extends ServiceDetailsInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; a new one when null.' })
  id?: string | null;

  @Field(() => ID, { description: 'The organisation offering the service.' })
  organisationId: string;
}

export const publishServiceSchema = z
  .object({
    ...serviceDetailsFields,
    id: z.uuid().nullish(),
    organisationId: z.uuid(),
    status: serviceDetailsFields.status.nullish().transform((status) => status ?? 'active'),
  })
  .superRefine((service, context) => {
    const problem = ageRangeProblem(service.minimumAge, service.maximumAge);
    if (problem) context.addIssue({ code: 'custom', path: ['maximumAge'], message: problem });
  });

export type PublishServiceCommand = z.infer<typeof publishServiceSchema>;
