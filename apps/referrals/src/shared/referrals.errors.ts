import { domainError } from '@coordination/graphql';

/** Stable codes of the referrals service; clients branch on them, so they are never renamed. */
export const ReferralsErrorCode = {
  CaseNotFound: 'REFERRALS.CASE_NOT_FOUND',
  CaseOfOtherOrganisation: 'REFERRALS.CASE_OF_OTHER_ORGANISATION',
  VersionConflict: 'REFERRALS.VERSION_CONFLICT',
  IdConflict: 'REFERRALS.ID_CONFLICT',
  UnknownOrganisation: 'REFERRALS.UNKNOWN_ORGANISATION',
  UnknownService: 'REFERRALS.UNKNOWN_SERVICE',
  ServiceNotActive: 'REFERRALS.SERVICE_NOT_ACTIVE',
  SectorNotOffered: 'REFERRALS.SECTOR_NOT_OFFERED',
  UnknownSector: 'REFERRALS.UNKNOWN_SECTOR',
  UnknownPlace: 'REFERRALS.UNKNOWN_PLACE',
  SelfReferral: 'REFERRALS.SELF_REFERRAL',
  ConsentRequired: 'REFERRALS.CONSENT_REQUIRED',
  ConsentNotFound: 'REFERRALS.CONSENT_NOT_FOUND',
  ConsentRevoked: 'REFERRALS.CONSENT_REVOKED',
  ConsentDoesNotCover: 'REFERRALS.CONSENT_DOES_NOT_COVER',
  GuardianRequired: 'REFERRALS.GUARDIAN_REQUIRED',
  ReferralNotFound: 'REFERRALS.REFERRAL_NOT_FOUND',
  NotReceiver: 'REFERRALS.NOT_RECEIVER',
  NotSender: 'REFERRALS.NOT_SENDER',
  TransitionNotAllowed: 'REFERRALS.TRANSITION_NOT_ALLOWED',
  PersonalDataHidden: 'REFERRALS.PERSONAL_DATA_HIDDEN',
  ConsentNotCovering: 'REFERRALS.CONSENT_NOT_COVERING_RECIPIENT',
  InvalidImport: 'REFERRALS.INVALID_IMPORT',
} as const;

export type ReferralsErrorCode = (typeof ReferralsErrorCode)[keyof typeof ReferralsErrorCode];

/** A refusal with its code, message and the input field at fault. */
export function referralsError(code: ReferralsErrorCode, message: string, field?: string) {
  return domainError(code, message, field);
}
