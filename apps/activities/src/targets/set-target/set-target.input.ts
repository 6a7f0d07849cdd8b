import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { reportFieldSchemas as fields } from '../../reports/writing/report-content.input';

@InputType({ description: 'Sets the target, or replaces the one already set for the same four keys.' })
export class SetTargetInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  indicatorCode: string;

  @Field({ description: 'Department, province or district P-code.' })
  pcode: string;

  @Field(() => Int)
  planYear: number;

  @Field(() => Int, { description: 'In the indicator’s unit.' })
  quantity: number;
}

export const setTargetSchema = z.object({
  organisationId: z.uuid(),
  indicatorCode: fields.indicatorCode,
  pcode: fields.pcode,
  planYear: z.number().int().min(2000).max(2100),
  quantity: z.number().int().nonnegative().max(100_000_000),
});

export type SetTargetCommand = z.infer<typeof setTargetSchema>;
