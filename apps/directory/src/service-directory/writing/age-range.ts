/** Why the ages cannot both hold, or undefined; a missing bound is no bound. */
export function ageRangeProblem(minimumAge: number | null | undefined, maximumAge: number | null | undefined) {
  if (minimumAge == null || maximumAge == null || minimumAge <= maximumAge) return undefined;
  return `must not be below minimumAge (${minimumAge})`;
}
