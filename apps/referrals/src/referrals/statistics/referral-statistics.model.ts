import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { sectorCodeSchema } from '@coordination/contracts';
import { ReferralStatusEnum } from '../../shared/referrals-enums';
import type { ReferralStatus } from '@coordination/contracts';

@ObjectType('ReferralStatusCount')
export class ReferralStatusCountModel {
  @Field(() => ReferralStatusEnum)
  status: ReferralStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('ReferralStatistics', {
  description: 'Counts and timings of referrals: what coordinators and reporting see, never a case or a person.',
})
export class ReferralStatisticsModel {
  @Field(() => Int)
  sent: number;

  @Field(() => [ReferralStatusCountModel])
  byStatus: ReferralStatusCountModel[];

  @Field(() => Int, { description: 'Sent, unanswered, past the first-response deadline now.' })
  overdueNow: number;

  @Field(() => Int, { description: 'Answered after the deadline.' })
  answeredLate: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to first response.' })
  medianHoursToFirstResponse: number | null;

  @Field(() => Float, { nullable: true, description: 'Accepted among those answered, 0 to 1.' })
  acceptanceRate: number | null;
}

@InputType()
export class ReferralStatisticsFilterInput {
  @Field(() => String, { nullable: true, description: 'Required for sector coordinators: their sector.' })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: 'Department P-code (PE15): referrals to be served there.' })
  department?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentTo?: Date | null;
}

export const referralStatisticsFilterSchema = z.object({
  sector: sectorCodeSchema.nullish(),
  department: z
    .string()
    .regex(/^PE\d{2}$/, 'must be a department P-code such as PE15')
    .nullish(),
  sentFrom: z.coerce.date().nullish(),
  sentTo: z.coerce.date().nullish(),
});

export type ReferralStatisticsFilter = z.infer<typeof referralStatisticsFilterSchema>;
