import type { EntityManager } from 'typeorm';
import { ReferralCaseEntity } from '../cases/referral-case.entity';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';

/**
 * Who records (and revokes) a consent for a case: the organisation that registered it, or one
 * serving it under an accepted referral (it meets the person and may need a consent to forward).
 */
export async function assertMayRecordConsent(
  manager: EntityManager,
  caseId: string,
  organisationId: string,
  field = 'input.caseId',
): Promise<ReferralCaseEntity> {
  const referredCase = await manager.findOneBy(ReferralCaseEntity, { id: caseId });
  if (!referredCase) throw referralsError(ReferralsErrorCode.CaseNotFound, `No case ${caseId}`, field);
  if (referredCase.organisationId === organisationId) return referredCase;
  const serving = await manager.existsBy(ReferralEntity, {
    caseId,
    receivingOrganisationId: organisationId,
    status: 'ACCEPTED',
  });
  if (!serving) {
    throw referralsError(
      ReferralsErrorCode.CaseOfOtherOrganisation,
      'Consent is recorded by the organisation holding the case or serving it under an accepted referral',
      field,
    );
  }
  return referredCase;
}
