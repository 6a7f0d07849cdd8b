import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  REFERRAL_OUTCOMES,
  REFERRAL_REJECTION_REASONS,
  type ReferralOutcome,
  type ReferralRejectionReason,
} from '@coordination/contracts';
import { ReferralOutcomeEnum, ReferralRejectionReasonEnum } from '../../shared/referrals-enums';

@InputType({ description: 'Accepts a referral addressed to my organisation.' })
export class AcceptReferralInput {
  @Field(() => ID)
  referralId: string;
}

export const acceptReferralSchema = z.object({ referralId: z.uuid() });
export type AcceptReferralCommand = z.infer<typeof acceptReferralSchema>;

@InputType({ description: 'Declines a referral addressed to my organisation, with a reason.' })
export class RejectReferralInput {
  @Field(() => ID)
  referralId: string;

  @Field(() => ReferralRejectionReasonEnum)
  reason: ReferralRejectionReason;

  @Field(() => String, { nullable: true, description: 'Said to the sender; kept in the referral, never in events.' })
  note?: string | null;
}

export const rejectReferralSchema = z.object({
  referralId: z.uuid(),
  reason: z.enum(REFERRAL_REJECTION_REASONS),
  note: z.string().trim().min(1).max(2000).nullish(),
});
export type RejectReferralCommand = z.infer<typeof rejectReferralSchema>;

@InputType({ description: 'Closes an accepted referral with its outcome and feedback to the sender.' })
export class CompleteReferralInput {
  @Field(() => ID)
  referralId: string;

  @Field(() => ReferralOutcomeEnum)
  outcome: ReferralOutcome;

  @Field({ description: 'Feedback to the sender; kept in the referral, never in events.' })
  feedback: string;
}

export const completeReferralSchema = z.object({
  referralId: z.uuid(),
  outcome: z.enum(REFERRAL_OUTCOMES),
  feedback: z.string().trim().min(1).max(4000),
});
export type CompleteReferralCommand = z.infer<typeof completeReferralSchema>;

@InputType({ description: 'Withdraws a referral my organisation sent, before it is completed.' })
export class WithdrawReferralInput {
  @Field(() => ID)
  referralId: string;
}

export const withdrawReferralSchema = z.object({ referralId: z.uuid() });
export type WithdrawReferralCommand = z.infer<typeof withdrawReferralSchema>;
