/**
 * Every sector code used by any plan year, so enums built from it accept figures from all years.
 * A code stays here after a plan year retires the sector: older figures still carry it.
 * Whether a code is valid in a given year is the `SectorTaxonomy`'s job.
 */
export const SECTOR_CODES = ['EDU', 'FSC', 'HEA', 'HTR', 'INT', 'NUT', 'PRO', 'SHE', 'WSH', 'MPC'] as const;

export type SectorCode = (typeof SECTOR_CODES)[number];

/**
 * Every sub-sector code used by any plan year. `REG` (regularisation) is the platform's own code:
 * R4V reports regularisation under Protection without a sub-sector of its own.
 */
export const SUB_SECTOR_CODES = ['CP', 'GBV', 'HTS', 'REG'] as const;

export type SubSectorCode = (typeof SUB_SECTOR_CODES)[number];
