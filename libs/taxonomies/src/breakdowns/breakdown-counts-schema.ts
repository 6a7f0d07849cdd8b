import { z } from 'zod';
import type { BreakdownDimension } from './breakdown-dimension';

/** A count of people: a whole number of at least 0. */
export const headcountSchema = z.number().int().nonnegative();

/**
 * A complete breakdown with exactly the dimension's fields. Unknown keys are rejected rather than
 * dropped: a misspelt category would otherwise lose people silently.
 */
export function breakdownCountsSchema<Category extends string, Field extends string>(
  dimension: BreakdownDimension<Category, Field>,
) {
  const shape = Object.fromEntries(
    dimension.categories.map((category) => [dimension.fields[category], headcountSchema]),
  ) as Record<Field, typeof headcountSchema>;
  return z.strictObject(shape);
}
