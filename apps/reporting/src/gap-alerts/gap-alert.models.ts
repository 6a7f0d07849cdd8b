import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType({ description: 'A coverage threshold for a sector, everywhere or in one department.' })
export class SetGapThresholdInput {
  @Field()
  sector: string;

  @Field(() => String, { nullable: true, description: 'A department P-code; every department when omitted.' })
  pcode?: string | null;

  @Field(() => Float, { description: 'Coverage % under which a gap alert is raised (0-100).' })
  minCoveragePercent: number;
}

export const setGapThresholdSchema = z.object({
  sector: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,5}$/, 'must be a sector code such as HEA'),
  pcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^PE\d{2}$/, 'must be a department P-code such as PE15')
    .nullish(),
  minCoveragePercent: z.number().min(0).max(100),
});

@ObjectType('GapThreshold')
export class GapThresholdModel {
  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  pcode: string | null;

  @Field(() => Float)
  minCoveragePercent: number;
}

@ObjectType('GapAlert', { description: 'A coverage gap of a sector in a department, open or resolved.' })
export class GapAlertModel {
  @Field()
  alertId: string;

  @Field(() => Int)
  planYear: number;

  @Field()
  sector: string;

  @Field()
  pcode: string;

  @Field({ description: 'COVERAGE_BELOW_THRESHOLD or NO_PARTNER_PRESENT.' })
  reason: string;

  @Field()
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}
