import { tableProblem, type CellLocation, type TableProblem, type TableProblemCode } from '../problems/table-problem';

/**
 * Outcome of reading one cell value. An empty cell is `{ ok: true, value: null }`: whether a value is
 * required is the importer's rule, not the parser's.
 */
export type ValueResult<T> =
  { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly problem: TableProblem };

export function valueOk<T>(value: T | null): ValueResult<T> {
  return { ok: true, value };
}

export function valueError<T>(code: TableProblemCode, message: string, location: CellLocation = {}): ValueResult<T> {
  return { ok: false, problem: tableProblem(code, 'error', message, location) };
}

/** `null`, `undefined` and blank text all mean "no value". */
export function isBlank(text: string | null | undefined): text is null | undefined {
  return text == null || text.trim() === '';
}
