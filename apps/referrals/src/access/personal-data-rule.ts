import { hasAnyRole, type Viewer } from '@coordination/auth';
import { CASE_WORKER_ROLES } from '../shared/referral-roles';

/** How the caller's organisation stands to a case. */
export interface CaseRelation {
  /** The caller's organisation registered the case. */
  owner: boolean;
  /**
   * A referral of the case to the caller's organisation that is still open (SENT or ACCEPTED) under
   * a consent that stands and names that organisation; null when there is none.
   */
  openReferralUnderConsentId: string | null;
}

export interface PersonalDataDecision {
  allowed: boolean;
  reason: string;
  /** The referral under which a receiver reads, for the audit record. */
  referralId: string | null;
}

const refuse = (reason: string): PersonalDataDecision => ({ allowed: false, reason, referralId: null });

/**
 * Who sees a case's personal data: case workers (partner reporters and admins) of the organisation
 * that registered it, and of an organisation it was referred to while that referral is open and its
 * consent stands. Nobody else: not coordinators, government viewers, integrators, nor platform
 * admins (they audit reads, they do not read). Pure: the caller supplies the relation.
 */
export function decidePersonalDataRead(viewer: Viewer, relation: CaseRelation): PersonalDataDecision {
  if (!hasAnyRole(viewer, CASE_WORKER_ROLES) || viewer.organisationId === null) {
    return refuse('only case workers of the organisations handling the case see personal data');
  }
  if (relation.owner)
    return { allowed: true, reason: 'case worker of the organisation holding the case', referralId: null };
  if (relation.openReferralUnderConsentId) {
    return {
      allowed: true,
      reason: 'case worker of an organisation the case is referred to, under a standing consent',
      referralId: relation.openReferralUnderConsentId,
    };
  }
  return refuse('the case is neither held by nor referred under a standing consent to the caller’s organisation');
}
