import type { TaxonomyProblem, TaxonomyProblemCode } from './taxonomy-problem';

/** Thrown by lookups given a code or plan year the taxonomy does not have. */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';

  constructor(readonly problem: TaxonomyProblem) {
    super(problem.message);
  }

  get code(): TaxonomyProblemCode {
    return this.problem.code;
  }
}
