import type { EntityManager } from 'typeorm';
import type { CaseRelation } from './personal-data-rule';

/** How `organisationId` stands to the case, as {@link decidePersonalDataRead} needs it. */
export async function caseRelationOf(
  manager: EntityManager,
  caseOrganisationId: string,
  caseId: string,
  organisationId: string | null,
): Promise<CaseRelation> {
  if (organisationId === null) return { owner: false, openReferralUnderConsentId: null };
  if (organisationId === caseOrganisationId) return { owner: true, openReferralUnderConsentId: null };
  const rows: { id: string }[] = await manager.query(
    `SELECT referral.id
       FROM referral
       JOIN consent ON consent.id = referral.consent_id
      WHERE referral.case_id = $1
        AND referral.receiving_organisation_id = $2
        AND referral.status IN ('SENT', 'ACCEPTED')
        AND consent.revoked_at IS NULL
        AND $2 = ANY(consent.recipient_organisation_ids)
      ORDER BY referral.sent_at DESC
      LIMIT 1`,
    [caseId, organisationId],
  );
  return { owner: false, openReferralUnderConsentId: rows[0]?.id ?? null };
}
