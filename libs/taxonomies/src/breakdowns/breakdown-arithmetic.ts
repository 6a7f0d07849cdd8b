import type { BreakdownCounts, BreakdownDimension } from './breakdown-dimension';

// Aggregation over checked breakdowns. Only the dimension's own fields are read, so a counts object
// carrying other properties (a database row, say) can be passed as it is.

/** A breakdown with every count at zero: the starting point of an aggregation. */
export function emptyCounts<Category extends string, Field extends string>(
  dimension: BreakdownDimension<Category, Field>,
): BreakdownCounts<Field> {
  return Object.fromEntries(dimension.categories.map((category) => [dimension.fields[category], 0])) as Record<
    Field,
    number
  >;
}

/** The number of people in a breakdown, `UNKNOWN` included. */
export function sumCounts<Category extends string, Field extends string>(
  counts: BreakdownCounts<NoInfer<Field>>,
  dimension: BreakdownDimension<Category, Field>,
): number {
  return dimension.categories.reduce((sum, category) => sum + counts[dimension.fields[category]], 0);
}

/** Adds breakdowns category by category, e.g. several activities' reached people into an area total. */
export function addCounts<Category extends string, Field extends string>(
  dimension: BreakdownDimension<Category, Field>,
  ...breakdowns: readonly BreakdownCounts<NoInfer<Field>>[]
): BreakdownCounts<Field> {
  return Object.fromEntries(
    dimension.categories.map((category) => {
      const field = dimension.fields[category];
      return [field, breakdowns.reduce((sum, counts) => sum + counts[field], 0)];
    }),
  ) as Record<Field, number>;
}
