const MAX_DECIMALS = 3;

interface Quota {
  readonly index: number;
  readonly units: number;
  /** What rounding down dropped, as a numerator over the total: exact, so ties are real ties. */
  readonly remainder: number;
}

/**
 * Turns counts into percentages that add up to exactly 100 once rounded, by the largest remainder
 * (Hamilton) method: every share is rounded down to `decimals` places, then the units still missing
 * go one each to the shares that lost the most in rounding. Ties go to the count listed first.
 * Returns `undefined` when every count is zero: there are no shares of nobody.
 *
 * Works in whole units of 10^-decimals percent with integer arithmetic so the result does not depend
 * on floating-point rounding; with decimals above 0 the returned numbers are those units divided back.
 */
export function apportionPercentages(counts: readonly number[], decimals = 0): number[] | undefined {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Counts must be whole numbers of at least 0, got ${count}`);
    }
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) {
    return undefined;
  }
  const scale = 10 ** decimals;
  const unitsInWhole = 100 * scale;

  const quotas: Quota[] = counts.map((count, index) => {
    const numerator = count * unitsInWhole;
    if (!Number.isSafeInteger(numerator)) {
      throw new RangeError(`Count ${count} is too large to apportion with ${decimals} decimals`);
    }
    const remainder = numerator % total;
    return { index, units: (numerator - remainder) / total, remainder };
  });

  const missingUnits = unitsInWhole - quotas.reduce((sum, quota) => sum + quota.units, 0);
  const roundedUp = new Set(
    [...quotas]
      .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
      .slice(0, missingUnits)
      .map((quota) => quota.index),
  );
  return quotas.map((quota) => (quota.units + (roundedUp.has(quota.index) ? 1 : 0)) / scale);
}
