import { planYears } from '@coordination/taxonomies';

/** Sectors given without a plan year are read in this year's taxonomy, or the latest one published. */
export function defaultPlanYear(today: Date = new Date()): number {
  const known = planYears();
  const year = today.getUTCFullYear();
  return known.includes(year) ? year : known[known.length - 1];
}
