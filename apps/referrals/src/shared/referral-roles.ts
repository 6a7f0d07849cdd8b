import { AuthErrorCode, authError, hasAnyRole, type Role, type Viewer } from '@coordination/auth';

/** Staff of a partner organisation who handle cases and referrals for it. */
export const CASE_WORKER_ROLES: readonly Role[] = ['PARTNER_REPORTER', 'PARTNER_ADMIN'];

export function isCaseWorker(viewer: Viewer): boolean {
  return hasAnyRole(viewer, CASE_WORKER_ROLES) && viewer.organisationId !== null;
}

/** The caller's organisation, for an action only case workers of an organisation may take. */
export function caseWorkerOrganisation(viewer: Viewer): string {
  if (!isCaseWorker(viewer)) {
    throw authError(
      AuthErrorCode.Forbidden,
      'Not allowed: only case workers (partner reporters or admins) of an organisation handle cases and referrals',
    );
  }
  return viewer.organisationId as string;
}
