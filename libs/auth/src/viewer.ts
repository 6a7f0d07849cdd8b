import type { Role } from './roles';

/** Who is asking, as established from a verified bearer token. */
export interface Viewer {
  userId: string;
  organisationId: string | null;
  roles: Role[];
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
