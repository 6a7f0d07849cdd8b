import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { clientReportIdSchema } from '../create-report/create-activity-report.input';

@InputType()
export class ReturnActivityReportInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the partner must fix; kept in the report’s history.' })
  comment: string;

  @Field(() => Int, { nullable: true, description: 'Refuse if the report changed since this version was reviewed.' })
  expectedVersion?: number | null;
}

export const returnActivityReportSchema = z.object({
  id: clientReportIdSchema,
  comment: z.string().trim().min(3, 'must say what to fix').max(2000),
  expectedVersion: z.number().int().min(1).nullish(),
});

export type ReturnActivityReportCommand = z.infer<typeof returnActivityReportSchema>;
