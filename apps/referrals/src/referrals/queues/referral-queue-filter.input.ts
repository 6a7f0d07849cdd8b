import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { REFERRAL_STATUSES, type ReferralStatus } from '@coordination/contracts';
import { REFERRAL_PRIORITIES, type ReferralPriority } from '@coordination/taxonomies';
import { ReferralPriorityEnum, ReferralStatusEnum } from '../../shared/referrals-enums';

@InputType({ description: 'Narrows a referral queue.' })
export class ReferralQueueFilterInput {
  @Field(() => [ReferralStatusEnum], { nullable: true })
  statuses?: ReferralStatus[] | null;

  @Field(() => ReferralPriorityEnum, { nullable: true })
  priority?: ReferralPriority | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue.' })
  overdue?: boolean | null;
}

export const referralQueueFilterSchema = z.object({
  statuses: z.array(z.enum(REFERRAL_STATUSES)).max(6).nullish(),
  priority: z.enum(REFERRAL_PRIORITIES).nullish(),
  overdue: z.boolean().nullish(),
});

export type ReferralQueueFilter = z.infer<typeof referralQueueFilterSchema>;
