import { apportionPercentages } from './apportion-percentages';
import type { BreakdownCounts, BreakdownDimension } from './breakdown-dimension';

export interface ShareOptions {
  /** Decimal places of each percentage, 0 to 3; default 0 (whole percentages). */
  readonly decimals?: number;
}

/**
 * Each category's share of the breakdown in percent, `UNKNOWN` included, rounded so the shares add
 * up to exactly 100 (largest remainder method, see `apportionPercentages`).
 * `undefined` when the breakdown counts nobody.
 */
export function countShares<Category extends string, Field extends string>(
  counts: BreakdownCounts<NoInfer<Field>>,
  dimension: BreakdownDimension<Category, Field>,
  options: ShareOptions = {},
): BreakdownCounts<Field> | undefined {
  const fields = dimension.categories.map((category) => dimension.fields[category]);
  const percentages = apportionPercentages(
    fields.map((field) => counts[field]),
    options.decimals,
  );
  if (!percentages) {
    return undefined;
  }
  return Object.fromEntries(fields.map((field, index) => [field, percentages[index]])) as Record<Field, number>;
}
