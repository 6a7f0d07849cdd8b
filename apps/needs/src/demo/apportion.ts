/**
 * Splits a whole number into whole parts proportional to `weights` that add up to it exactly, by the
 * largest remainder (Hamilton) method: every part is rounded down, then the units still missing go one
 * each to the parts that lost the most in rounding (ties to the part listed first).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`total must be a whole number >= 0, got ${total}`);
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) {
    throw new RangeError('weights must be whole numbers >= 0');
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) throw new RangeError('at least one weight must be above 0');
  // BigInt keeps total x weight exact whatever their size.
  const quotas = weights.map((weight, index) => {
    const numerator = BigInt(total) * BigInt(weight);
    return { index, units: Number(numerator / BigInt(weightSum)), remainder: numerator % BigInt(weightSum) };
  });
  let missing = total - quotas.reduce((sum, quota) => sum + quota.units, 0);
  const byRemainder = [...quotas].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const quota of byRemainder) {
    if (missing === 0) break;
    quota.units += 1;
    missing -= 1;
  }
  return quotas.map((quota) => quota.units);
}
