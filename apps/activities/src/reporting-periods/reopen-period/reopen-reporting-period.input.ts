import { Field, InputType } from '@nestjs/graphql';
import { monthSchema } from '@coordination/contracts';
import { z } from 'zod';

@InputType()
export class ReopenReportingPeriodInput {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'Why the locked month must change; kept with the period’s history.' })
  reason: string;
}

export const reopenReportingPeriodSchema = z.object({
  month: z.string().trim().pipe(monthSchema),
  reason: z.string().trim().min(3, 'must say why the month is reopened').max(500),
});

export type ReopenReportingPeriodCommand = z.infer<typeof reopenReportingPeriodSchema>;
