import { registerEnumType } from '@nestjs/graphql';
import {
  CONSENT_PURPOSES,
  REFERRAL_OUTCOMES,
  REFERRAL_REJECTION_REASONS,
  REFERRAL_STATUSES,
} from '@coordination/contracts';
import { POPULATION_GROUPS, REFERRAL_PRIORITIES } from '@coordination/taxonomies';

/** A GraphQL enum object whose values are the codes themselves, built from a list of codes. */
export function enumOf<const T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
}

// Built from the contracts and taxonomies so the API cannot drift from them. PopulationGroup is
// also declared by activities and needs: the gateway merges enums of one name, values identical.
export const PopulationGroupEnum = enumOf(POPULATION_GROUPS);
registerEnumType(PopulationGroupEnum, { name: 'PopulationGroup' });

export const ReferralPriorityEnum = enumOf(REFERRAL_PRIORITIES);
registerEnumType(ReferralPriorityEnum, {
  name: 'ReferralPriority',
  description: 'First response due within EMERGENCY 24 hours, URGENT 72 hours, STANDARD 14 days.',
});

export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description: 'SENT -> ACCEPTED | REJECTED; ACCEPTED -> COMPLETED | FORWARDED; SENT or ACCEPTED -> WITHDRAWN.',
});

export const ReferralRejectionReasonEnum = enumOf(REFERRAL_REJECTION_REASONS);
registerEnumType(ReferralRejectionReasonEnum, { name: 'ReferralRejectionReason' });

export const ReferralOutcomeEnum = enumOf(REFERRAL_OUTCOMES);
registerEnumType(ReferralOutcomeEnum, { name: 'ReferralOutcome' });

export const ConsentPurposeEnum = enumOf(CONSENT_PURPOSES);
registerEnumType(ConsentPurposeEnum, { name: 'ConsentPurpose' });
