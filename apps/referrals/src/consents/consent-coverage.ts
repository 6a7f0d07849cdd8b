import type { EntityManager } from 'typeorm';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';
import { ConsentEntity } from './consent.entity';

/**
 * The consent a referral is sent under: of the same case, standing (not revoked), covering the
 * receiving organisation for referral. Locked, so a revocation cannot slip between check and send.
 */
export async function assertConsentCovers(
  manager: EntityManager,
  consentId: string | null | undefined,
  caseId: string,
  receivingOrganisationId: string,
  field = 'input.consentId',
): Promise<ConsentEntity> {
  if (!consentId) {
    throw referralsError(ReferralsErrorCode.ConsentRequired, 'A referral is sent only under a recorded consent', field);
  }
  const consent = await manager.findOne(ConsentEntity, {
    where: { id: consentId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!consent || consent.caseId !== caseId) {
    throw referralsError(ReferralsErrorCode.ConsentNotFound, `No consent ${consentId} for this case`, field);
  }
  if (consent.revokedAt) {
    throw referralsError(
      ReferralsErrorCode.ConsentRevoked,
      'This consent was revoked: nothing more is shared under it',
      field,
    );
  }
  if (!consent.recipientOrganisationIds.includes(receivingOrganisationId) || !consent.purposes.includes('REFERRAL')) {
    throw referralsError(
      ReferralsErrorCode.ConsentDoesNotCover,
      'The consent does not cover referring the case to this organisation',
      field,
    );
  }
  return consent;
}
