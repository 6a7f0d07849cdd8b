import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import type { ReferralPriority } from '@coordination/taxonomies';
import { ReferralPriorityEnum } from '../../shared/referrals-enums';
import { RECEIVER_REQUIRED, namesAReceiver, referralFieldSchemas as fields } from '../referral-fields.input';

@InputType({ description: 'Refers a case of my organisation to a service of the directory or to an organisation.' })
export class SendReferralInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID, { nullable: true, description: 'A standing consent covering the receiving organisation.' })
  consentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service referred to; it decides the receiving organisation.' })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  receivingOrganisationId?: string | null;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector?: string | null;

  @Field(() => [String], { nullable: true })
  servicesRequested?: string[] | null;

  @Field({ description: 'Why the case is referred: what the receiver needs to know.' })
  reason: string;

  @Field(() => ReferralPriorityEnum)
  priority: ReferralPriority;

  @Field({ description: 'Where the person is to be served (department, province or district P-code).' })
  placePcode: string;
}

export const sendReferralSchema = z
  .object({ id: z.uuid().nullish(), caseId: z.uuid(), ...fields })
  .refine(namesAReceiver, RECEIVER_REQUIRED);

export type SendReferralCommand = z.infer<typeof sendReferralSchema>;
