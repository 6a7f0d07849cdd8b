import type { Role } from './roles';

/**
 * One role a user holds and where it applies. Only sector coordinators are scoped: `sector` is the
 * sector they coordinate, `region` an optional department P-code (PE15) narrowing it further.
 */
export interface AccessGrant {
  role: Role;
  sector: string | null;
  region: string | null;
}

/** Who is asking, as established from a verified bearer token. */
export interface Viewer {
  userId: string;
  organisationId: string | null;
  /** Distinct roles, for role checks that ignore scope (`@Authenticated(...)`). */
  roles: Role[];
  /** The same roles with their scope, for record-level decisions (`authorize`). */
  grants: AccessGrant[];
  /** For integrators: the data-sharing agreement that bounds what they may receive. */
  agreementId?: string;
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

/** Each role once, in the order first granted. */
export function distinctRoles(grants: readonly AccessGrant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** Tokens that carry roles only (the development issuer, older tokens) grant them without scope. */
export function unscopedGrants(roles: readonly Role[]): AccessGrant[] {
  return roles.map((role) => ({ role, sector: null, region: null }));
}
