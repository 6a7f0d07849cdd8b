/**
 * The published 2022 people-in-need table of shared/docs/DOMAIN.md, typed in again for the tests, so
 * they do not trust the demo's copy (apps/needs/src/demo/demo-round-2022.ts).
 */
export const PUBLISHED_2022: Readonly<Record<string, number>> = {
  SHE: 1_000_000,
  WSH: 762_000,
  FSC: 1_490_000,
  HTR: 443_000,
  HEA: 1_340_000,
  EDU: 763_000,
  PRO: 907_000,
  NUT: 383_000,
  INT: 1_370_000,
};
