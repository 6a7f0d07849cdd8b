import type { BreakdownInput } from '../breakdowns/breakdown-dimension';
import { checkBreakdown, type CheckBreakdownOptions } from '../breakdowns/check-breakdown';
import type { DisaggregationProblem } from '../breakdowns/disaggregation-problem';
import { SEX_AGE_DIMENSION, type SexAgeCellField } from './sex-age-cells';

/**
 * Everything wrong with a sex and age disaggregation of `total` people, or an empty list when it is right:
 * every cell present (`unknown` included), whole and not negative, and the cells adding up to the total.
 * Problem paths are `total`, `cells.<cell>` and `cells` for the sum, unless `options` name other paths.
 */
export function checkDisaggregation(
  total: number,
  cells: BreakdownInput<SexAgeCellField>,
  options: CheckBreakdownOptions = {},
): DisaggregationProblem[] {
  return checkBreakdown(total, cells, SEX_AGE_DIMENSION, options);
}
