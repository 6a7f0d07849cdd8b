/** The platform's roles (DESIGN.md, "Identity and access"). */
export const ROLES = [
  'PARTNER_REPORTER',
  'PARTNER_ADMIN',
  'SECTOR_COORDINATOR',
  'PLATFORM_ADMIN',
  'GOVERNMENT_VIEWER',
  'INTEGRATOR',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
