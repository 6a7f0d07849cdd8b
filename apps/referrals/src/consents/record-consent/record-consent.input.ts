import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@coordination/contracts';
import { ConsentPurposeEnum } from '../../shared/referrals-enums';
import { CONSENT_GIVERS, CONSENT_METHODS, type ConsentGiver, type ConsentMethod } from '../consent.entity';
import { ConsentGiverEnum, ConsentMethodEnum } from '../consent-enums';

export const GUARDIAN_RELATIONSHIPS = ['MOTHER', 'FATHER', 'LEGAL_GUARDIAN', 'OTHER_RELATIVE', 'OTHER'] as const;

@InputType({
  description:
    'What the person agreed to, before a referral is sent: recipients, purposes, when and how. For a child, the guardian or an authorised override with its reason.',
})
export class RecordConsentInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field(() => ID)
  caseId: string;

  @Field(() => ConsentGiverEnum)
  givenBy: ConsentGiver;

  @Field(() => String, { nullable: true, description: `For GUARDIAN: ${GUARDIAN_RELATIONSHIPS.join(', ')}.` })
  guardianRelationship?: string | null;

  @Field(() => String, { nullable: true, description: 'For AUTHORISED_OVERRIDE: why no guardian could consent.' })
  overrideReason?: string | null;

  @Field(() => [ID], { description: 'Organisations the data may be shared with.' })
  recipientOrganisationIds: string[];

  @Field(() => [ConsentPurposeEnum])
  purposes: ConsentPurpose[];

  @Field(() => ConsentMethodEnum)
  method: ConsentMethod;

  @Field(() => GraphQLISODateTime, { description: 'When the consent was given; not in the future.' })
  givenAt: Date;
}

export const recordConsentSchema = z
  .object({
    id: z.uuid().nullish(),
    caseId: z.uuid(),
    givenBy: z.enum(CONSENT_GIVERS),
    guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).nullish(),
    overrideReason: z.string().trim().min(10).max(2000).nullish(),
    recipientOrganisationIds: z.array(z.uuid()).min(1).max(50),
    purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1).max(CONSENT_PURPOSES.length),
    method: z.enum(CONSENT_METHODS),
    givenAt: z.coerce.date(),
  })
  .refine((input) => input.givenBy !== 'GUARDIAN' || input.guardianRelationship, {
    message: 'a guardian’s consent names the relationship to the child',
    path: ['guardianRelationship'],
  })
  .refine((input) => input.givenBy !== 'AUTHORISED_OVERRIDE' || input.overrideReason, {
    message: 'an authorised override says why (at least 10 characters)',
    path: ['overrideReason'],
  });

export type RecordConsentCommand = z.infer<typeof recordConsentSchema>;
