import type { BreakdownDimension, BreakdownInput } from './breakdown-dimension';
import { DisaggregationProblemCodes, type DisaggregationProblem } from './disaggregation-problem';

export interface CheckBreakdownOptions {
  /** Path prefix of the breakdown's fields; defaults to the dimension's key. */
  readonly path?: string;
  /** Path of the total; defaults to `total`. */
  readonly totalPath?: string;
}

function countProblem(value: unknown, path: string): DisaggregationProblem | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return {
      code: DisaggregationProblemCodes.notInteger,
      path,
      message: `${path} must be a whole number, got ${value}`,
    };
  }
  if (value < 0) {
    return { code: DisaggregationProblemCodes.negative, path, message: `${path} must not be negative, got ${value}` };
  }
  return undefined;
}

/**
 * Everything wrong with a breakdown of `total` people, or an empty list when it is right.
 * A breakdown, when given, is complete: every category including `UNKNOWN` must be present (0 is fine)
 * and the counts must add up to the total. People whose category was not recorded go in `UNKNOWN`.
 * The sum is only compared once every count is a valid one, so a single typo yields a single problem.
 */
export function checkBreakdown<Category extends string, Field extends string>(
  total: number,
  breakdown: BreakdownInput<NoInfer<Field>>,
  dimension: BreakdownDimension<Category, Field>,
  options: CheckBreakdownOptions = {},
): DisaggregationProblem[] {
  const path = options.path ?? dimension.key;
  const problems: DisaggregationProblem[] = [];

  const totalProblem = countProblem(total, options.totalPath ?? 'total');
  if (totalProblem) {
    problems.push(totalProblem);
  }
  let actual = 0;
  for (const category of dimension.categories) {
    const field = dimension.fields[category];
    const fieldPath = `${path}.${field}`;
    const value = breakdown[field];
    if (value === undefined || value === null) {
      problems.push({
        code: DisaggregationProblemCodes.missingCell,
        path: fieldPath,
        message: `${fieldPath} is missing; record 0 when there is nobody in it`,
      });
      continue;
    }
    const problem = countProblem(value, fieldPath);
    if (problem) {
      problems.push(problem);
    }
    actual += value;
  }

  if (problems.length === 0 && actual !== total) {
    problems.push({
      code: DisaggregationProblemCodes.sumMismatch,
      path,
      message: `${path} add up to ${actual} but the total is ${total}`,
      expected: total,
      actual,
    });
  }
  return problems;
}
