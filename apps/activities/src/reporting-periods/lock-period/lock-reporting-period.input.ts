import { Field, InputType } from '@nestjs/graphql';
import { monthSchema } from '@coordination/contracts';
import { z } from 'zod';

@InputType()
export class LockReportingPeriodInput {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => String, { nullable: true, description: 'E.g. "consolidated for the quarterly dashboard".' })
  reason?: string | null;
}

export const lockReportingPeriodSchema = z.object({
  month: z.string().trim().pipe(monthSchema),
  reason: z.string().trim().min(1).max(500).nullish(),
});

export type LockReportingPeriodCommand = z.infer<typeof lockReportingPeriodSchema>;
