/**
 * Stable codes: importers branch on them, APIs return them and users see them next to a cell, so never
 * rename one. `TABLE.*` come from reading the file, `VALUE.*` from the cell value helpers.
 */
export const TABLE_PROBLEM_CODES = {
  tooLarge: 'TABLE.TOO_LARGE',
  tooManyRows: 'TABLE.TOO_MANY_ROWS',
  tooManyColumns: 'TABLE.TOO_MANY_COLUMNS',
  tooManyCells: 'TABLE.TOO_MANY_CELLS',
  cellTooLong: 'TABLE.CELL_TOO_LONG',
  zipBomb: 'TABLE.ZIP_BOMB',
  unreadable: 'TABLE.UNREADABLE',
  sheetNotFound: 'TABLE.SHEET_NOT_FOUND',
  mergedCells: 'TABLE.MERGED_CELLS',
  formulaWithoutValue: 'TABLE.FORMULA_WITHOUT_VALUE',
  errorValue: 'TABLE.ERROR_VALUE',
  noHeader: 'TABLE.NO_HEADER',
  missingColumn: 'TABLE.MISSING_COLUMN',
  duplicateColumn: 'TABLE.DUPLICATE_COLUMN',
  unmappedColumn: 'TABLE.UNMAPPED_COLUMN',
  emptyRows: 'TABLE.EMPTY_ROWS',
  noData: 'TABLE.NO_DATA',
} as const;

export const VALUE_PROBLEM_CODES = {
  notANumber: 'VALUE.NOT_A_NUMBER',
  notInteger: 'VALUE.NOT_INTEGER',
  negative: 'VALUE.NEGATIVE',
  outOfRange: 'VALUE.OUT_OF_RANGE',
  invalidMonth: 'VALUE.INVALID_MONTH',
  invalidBoolean: 'VALUE.INVALID_BOOLEAN',
} as const;

export type TableProblemCode =
  | (typeof TABLE_PROBLEM_CODES)[keyof typeof TABLE_PROBLEM_CODES]
  | (typeof VALUE_PROBLEM_CODES)[keyof typeof VALUE_PROBLEM_CODES];

/** `error`: the file or value cannot be used as is; `warning`: data may be lost; `info`: nothing lost. */
export type ProblemSeverity = 'error' | 'warning' | 'info';

/**
 * Where a problem sits, as the user sees the spreadsheet: `row` 1-based counting title rows, `column` a
 * letter (`C`) for XLSX and a 1-based number for CSV, `field` the caller's field name once mapped.
 */
export interface CellLocation {
  readonly row?: number;
  readonly column?: string | number;
  readonly field?: string;
}

export interface TableProblem extends CellLocation {
  readonly code: TableProblemCode;
  readonly severity: ProblemSeverity;
  readonly message: string;
  /** A block of cells (`B5:B9`), for merged cells. */
  readonly range?: string;
}

export function tableProblem(
  code: TableProblemCode,
  severity: ProblemSeverity,
  message: string,
  location: CellLocation & { readonly range?: string } = {},
): TableProblem {
  return { ...definedOnly(location), code, severity, message };
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function hasErrors(problems: readonly TableProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
