import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import type { ReferralPriority } from '@coordination/taxonomies';
import { ReferralPriorityEnum } from '../../shared/referrals-enums';
import { RECEIVER_REQUIRED, namesAReceiver, referralFieldSchemas as fields } from '../referral-fields.input';

@InputType({
  description: 'Passes an accepted referral on when my organisation cannot serve it: a new, linked referral.',
})
export class ForwardReferralInput {
  @Field(() => ID)
  referralId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the new referral; repeating the call with it is harmless.' })
  newReferralId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A standing consent of the case covering the new receiver.' })
  consentId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  receivingOrganisationId?: string | null;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector?: string | null;

  @Field(() => [String], { nullable: true })
  servicesRequested?: string[] | null;

  @Field()
  reason: string;

  @Field(() => ReferralPriorityEnum)
  priority: ReferralPriority;

  @Field()
  placePcode: string;
}

export const forwardReferralSchema = z
  .object({ referralId: z.uuid(), newReferralId: z.uuid().nullish(), ...fields })
  .refine(namesAReceiver, RECEIVER_REQUIRED);

export type ForwardReferralCommand = z.infer<typeof forwardReferralSchema>;
