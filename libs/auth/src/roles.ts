import { PLATFORM_ROLES, type PlatformRole } from '@coordination/contracts';

/** The platform's roles (DESIGN.md, "Identity and access"); defined with the events that carry them. */
export const ROLES = PLATFORM_ROLES;

export type Role = PlatformRole;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
