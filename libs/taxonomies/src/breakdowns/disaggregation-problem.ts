/** Stable codes: callers branch on them and API errors carry them, so never rename. */
export const DisaggregationProblemCodes = {
  sumMismatch: 'DISAGGREGATION.SUM_MISMATCH',
  negative: 'DISAGGREGATION.NEGATIVE',
  notInteger: 'DISAGGREGATION.NOT_INTEGER',
  missingCell: 'DISAGGREGATION.MISSING_CELL',
} as const;

export type DisaggregationProblemCode = (typeof DisaggregationProblemCodes)[keyof typeof DisaggregationProblemCodes];

interface FieldProblem {
  readonly code: Exclude<DisaggregationProblemCode, typeof DisaggregationProblemCodes.sumMismatch>;
  /** Dot-separated field at fault, e.g. `cells.women` or `total`. */
  readonly path: string;
  readonly message: string;
}

interface SumMismatchProblem {
  readonly code: typeof DisaggregationProblemCodes.sumMismatch;
  /** The breakdown that does not add up, e.g. `cells`. */
  readonly path: string;
  readonly message: string;
  /** The total the breakdown should add up to. */
  readonly expected: number;
  /** What the breakdown adds up to. */
  readonly actual: number;
}

export type DisaggregationProblem = FieldProblem | SumMismatchProblem;
