/** Kinds of organisation taking part in the response, as used across the directory. */
export const ORGANISATION_TYPES = [
  'UN_AGENCY',
  'INGO',
  'NNGO',
  'MIGRANT_LED',
  'GOVERNMENT',
  'RED_CROSS_CRESCENT',
  'DONOR',
  'ACADEMIC',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
