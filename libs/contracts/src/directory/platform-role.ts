/**
 * The platform's roles (DESIGN.md, "Identity and access"). Defined here, in the contracts, because
 * role grants travel in events; libs/auth re-exports them.
 */
export const PLATFORM_ROLES = [
  'PARTNER_REPORTER',
  'PARTNER_ADMIN',
  'SECTOR_COORDINATOR',
  'PLATFORM_ADMIN',
  'GOVERNMENT_VIEWER',
  'INTEGRATOR',
] as const;

export type PlatformRole = (typeof PLATFORM_ROLES)[number];
