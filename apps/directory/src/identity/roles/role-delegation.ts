import { AuthErrorCode, assertAuthorized, authError, authorize, type Role, type Viewer } from '@coordination/auth';

/** What a partner admin may hand out: its organisation's own roles, never platform-wide ones. */
const ROLES_PARTNER_ADMINS_DELEGATE: readonly Role[] = ['PARTNER_REPORTER', 'PARTNER_ADMIN'];

/**
 * May `actor` grant or revoke `role` for a user of `organisationId`? Platform admins may do so for
 * any role; partner admins only for partner roles, and only within their own organisation.
 */
export function assertMayDelegate(actor: Viewer, role: Role, organisationId: string): void {
  if (authorize(actor, 'administer').allowed) return;
  assertAuthorized(actor, 'manage-users', { organisationId });
  if (!ROLES_PARTNER_ADMINS_DELEGATE.includes(role)) {
    throw authError(AuthErrorCode.Forbidden, `Only platform admins may grant or revoke ${role}`);
  }
}
