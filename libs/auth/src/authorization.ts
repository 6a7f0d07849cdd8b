import { AuthErrorCode, authError } from './auth.errors';
import type { Role } from './roles';
import { unscopedGrants, type AccessGrant, type Viewer } from './viewer';

/** What a caller may try to do to a record, or to the platform. */
export const ACTIONS = [
  'read',
  'create',
  'update',
  'submit',
  'approve',
  'read-aggregate',
  'manage-users',
  'administer',
] as const;

export type Action = (typeof ACTIONS)[number];

/**
 * The record asked about: the organisation that owns it, its sector and where it is (a P-code of
 * any level). A field the record does not have is null; a rule that needs it then refuses.
 */
export interface ProtectedResource {
  organisationId?: string | null;
  sector?: string | null;
  regionPcode?: string | null;
}

export interface AuthorizationDecision {
  allowed: boolean;
  /** Why, in words fit for an error message or an audit line. */
  reason: string;
}

type Caller = Pick<Viewer, 'organisationId' | 'roles' | 'grants'>;

const PARTNER_RECORD_ACTIONS: readonly Action[] = ['read', 'create', 'update', 'submit'];
const PARTNER_ADMIN_ACTIONS: readonly Action[] = [...PARTNER_RECORD_ACTIONS, 'manage-users'];
const COORDINATOR_RECORD_ACTIONS: readonly Action[] = ['read', 'approve'];

/**
 * P-codes nest (PE + two digits per level), so the department containing any unit is its first
 * four characters: PE150101 (a district) and PE1501 (a province) are both in PE15 (Lima).
 */
export function departmentOf(pcode: string): string {
  return pcode.slice(0, 4);
}

const allow = (reason: string): AuthorizationDecision => ({ allowed: true, reason });
const refuse = (reason: string): AuthorizationDecision => ({ allowed: false, reason });

function ownOrganisation(caller: Caller, resource: ProtectedResource, role: Role, action: Action) {
  // Both must be known: a caller without an organisation owns nothing, not every ownerless record.
  if (caller.organisationId && resource.organisationId && caller.organisationId === resource.organisationId) {
    return allow(`${role} may ${action} records of its own organisation`);
  }
  return refuse(`${role} may ${action} only records of its own organisation`);
}

function decideForCoordinator(grant: AccessGrant, action: Action, resource: ProtectedResource) {
  if (action === 'read-aggregate') return allow('SECTOR_COORDINATOR may read aggregates');
  if (!COORDINATOR_RECORD_ACTIONS.includes(action)) return refuse(`SECTOR_COORDINATOR may not ${action} records`);
  if (!grant.sector) return refuse('SECTOR_COORDINATOR grant names no sector');
  if (resource.sector !== grant.sector)
    return refuse(`SECTOR_COORDINATOR of ${grant.sector} may ${action} only its sector`);
  if (!grant.region) return allow(`SECTOR_COORDINATOR of ${grant.sector} may ${action} records of its sector`);
  const within = resource.regionPcode && departmentOf(resource.regionPcode) === departmentOf(grant.region);
  return within
    ? allow(`SECTOR_COORDINATOR of ${grant.sector} in ${grant.region} may ${action} records of its sector there`)
    : refuse(`SECTOR_COORDINATOR of ${grant.sector} in ${grant.region} may ${action} only records located there`);
}

function decideForGrant(caller: Caller, grant: AccessGrant, action: Action, resource: ProtectedResource) {
  switch (grant.role) {
    case 'PLATFORM_ADMIN':
      return allow('PLATFORM_ADMIN may do everything');
    case 'PARTNER_REPORTER':
      return PARTNER_RECORD_ACTIONS.includes(action)
        ? ownOrganisation(caller, resource, grant.role, action)
        : refuse(`PARTNER_REPORTER may not ${action}`);
    case 'PARTNER_ADMIN':
      return PARTNER_ADMIN_ACTIONS.includes(action)
        ? ownOrganisation(caller, resource, grant.role, action)
        : refuse(`PARTNER_ADMIN may not ${action}`);
    case 'SECTOR_COORDINATOR':
      return decideForCoordinator(grant, action, resource);
    case 'GOVERNMENT_VIEWER':
    case 'INTEGRATOR':
      // Integrators' access to events is governed by their data-sharing agreement, not by this helper.
      return action === 'read-aggregate'
        ? allow(`${grant.role} may read aggregates`)
        : refuse(`${grant.role} may only read aggregates`);
  }
}

/** A role listed without a grant of its own applies unscoped, as the token verifier reads such tokens. */
function grantsOf(caller: Caller): AccessGrant[] {
  const ungranted = caller.roles.filter((role) => !caller.grants.some((grant) => grant.role === role));
  return [...caller.grants, ...unscopedGrants(ungranted)];
}

/**
 * May this caller do `action` to a record owned by `resource.organisationId`, in `resource.sector`,
 * located at `resource.regionPcode`? Allowed when any one of the caller's grants allows it
 * (DESIGN.md, "Identity and access"). Pure: the caller supplies everything it decides on.
 */
export function authorize(caller: Caller, action: Action, resource: ProtectedResource = {}): AuthorizationDecision {
  const grants = grantsOf(caller);
  if (grants.length === 0) return refuse('the caller holds no role');
  const decisions = grants.map((grant) => decideForGrant(caller, grant, action, resource));
  return decisions.find((decision) => decision.allowed) ?? refuse(decisions.map((d) => d.reason).join('; '));
}

/** {@link authorize}, throwing `AUTH.FORBIDDEN` with the reason when refused. */
export function assertAuthorized(caller: Caller, action: Action, resource: ProtectedResource = {}): void {
  const decision = authorize(caller, action, resource);
  if (!decision.allowed) throw authError(AuthErrorCode.Forbidden, `Not allowed: ${decision.reason}`);
}
