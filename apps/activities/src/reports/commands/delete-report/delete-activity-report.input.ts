import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { clientReportIdSchema } from '../create-report/create-activity-report.input';

@InputType()
export class DeleteActivityReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Refuse if the report is no longer at this version.' })
  expectedVersion?: number | null;
}

export const deleteActivityReportSchema = z.object({
  id: clientReportIdSchema,
  expectedVersion: z.number().int().min(1).nullish(),
});

export type DeleteActivityReportCommand = z.infer<typeof deleteActivityReportSchema>;
