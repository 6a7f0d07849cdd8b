import { AuthErrorCode, authError, authorize, hasAnyRole, type Viewer } from '@coordination/auth';

/**
 * Platform admins manage every assessment; a partner admin manages those its organisation leads.
 * Reporters and coordinators read the registry but do not keep it.
 */
export function assertMayManageAssessment(actor: Viewer, leadOrganisationIds: readonly string[]): void {
  if (authorize(actor, 'administer').allowed) return;
  const leads = actor.organisationId !== null && leadOrganisationIds.includes(actor.organisationId);
  if (hasAnyRole(actor, ['PARTNER_ADMIN']) && leads) return;
  throw authError(
    AuthErrorCode.Forbidden,
    'Not allowed: only platform admins and partner admins of a lead organisation manage an assessment',
  );
}
