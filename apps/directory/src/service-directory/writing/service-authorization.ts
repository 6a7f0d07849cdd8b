import { AuthErrorCode, authError, authorize, type Role, type Viewer } from '@coordination/auth';

const SERVICE_MANAGERS: readonly Role[] = ['PLATFORM_ADMIN', 'PARTNER_ADMIN'];

/**
 * Platform admins manage every organisation's services, partner admins those of their own
 * organisation. Checked in the use case, not only on the resolver, so every caller (the demo
 * loader too) goes through the same rule; the platform's `authorize` decides on the caller's
 * manager roles only, so a reporter's right to edit its own records does not extend to services.
 */
export function assertMayManageServicesOf(actor: Viewer, organisationId: string): void {
  const manager = {
    organisationId: actor.organisationId,
    roles: actor.roles.filter((role) => SERVICE_MANAGERS.includes(role)),
    grants: actor.grants.filter((grant) => SERVICE_MANAGERS.includes(grant.role)),
  };
  const decision =
    manager.roles.length + manager.grants.length > 0
      ? authorize(manager, 'update', { organisationId })
      : { allowed: false, reason: 'only platform admins and partner admins manage services' };
  if (!decision.allowed) throw authError(AuthErrorCode.Forbidden, `Not allowed: ${decision.reason}`);
}
