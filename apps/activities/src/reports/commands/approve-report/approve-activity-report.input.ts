import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { clientReportIdSchema } from '../create-report/create-activity-report.input';

@InputType()
export class ApproveActivityReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Refuse if the report changed since this version was reviewed.' })
  expectedVersion?: number | null;
}

export const approveActivityReportSchema = z.object({
  id: clientReportIdSchema,
  expectedVersion: z.number().int().min(1).nullish(),
});

export type ApproveActivityReportCommand = z.infer<typeof approveActivityReportSchema>;
