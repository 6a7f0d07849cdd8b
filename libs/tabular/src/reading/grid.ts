import { cleanCellText } from '../text/clean-cell-text';
import { unescapeFormulaText } from '../injection/formula-injection';
import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem, type TableProblemCode } from '../problems/table-problem';

/**
 * A sheet as cleaned text: `rows[i]` is spreadsheet row `i + 1`, `rows[i][j]` column `j` (0-based), `null`
 * when empty. Rows stop at their last non-empty cell, so short rows cost nothing.
 */
export interface Grid {
  readonly rows: readonly (readonly (string | null)[])[];
  /** How a problem names column `index`: `C` in XLSX, `3` in CSV. */
  readonly columnLabel: (index: number) => string | number;
  /** Per-cell warnings worth showing only for cells the import uses (see `readTable`). */
  readonly cellNotes: readonly CellNote[];
  readonly merges: readonly MergedRange[];
}

export interface CellNote {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly code: TableProblemCode;
  readonly message: string;
}

/** Rows 1-based as shown, columns 0-based. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One row of a grid read as a stream: `index` 0-based, with what was found in its cells. */
export interface StreamedGridRow {
  readonly index: number;
  readonly cells: readonly (string | null)[];
  readonly problems: readonly TableProblem[];
  readonly notes: readonly CellNote[];
}

/** `problems` holds what was found while reading: fatal ones when `ok` is false, located cell errors otherwise. */
export type GridResult =
  | { readonly ok: true; readonly grid: Grid; readonly problems: TableProblem[] }
  | { readonly ok: false; readonly problems: TableProblem[] };

/** Thrown inside a format reader to stop at the first breached limit; `readTable` turns it into a result. */
export class TableLimitExceeded extends Error {
  constructor(readonly problem: TableProblem) {
    super(problem.message);
  }
}

/**
 * The one path from raw cell text to the value importers see: an overlong cell becomes an error and
 * `null`, the quote added against formula injection is removed, whitespace is trimmed and collapsed.
 */
export function toGridCell(
  raw: string,
  maxCellLength: number,
  location: { readonly row: number; readonly column: string | number },
  problems: TableProblem[],
): string | null {
  if (raw.length > maxCellLength) {
    problems.push(
      tableProblem(
        TABLE_PROBLEM_CODES.cellTooLong,
        'error',
        `The cell has ${raw.length} characters; at most ${maxCellLength} are accepted, so it was left empty.`,
        location,
      ),
    );
    return null;
  }
  return cleanCellText(unescapeFormulaText(raw));
}

/** Drops trailing empty cells so a row's length is the position of its last value. */
export function trimTrailingEmpty<T>(cells: (T | null)[]): (T | null)[] {
  let length = cells.length;
  while (length > 0 && cells[length - 1] === null) length--;
  cells.length = length;
  return cells;
}

export function tooManyColumns(row: number, columnLabel: string | number, maxColumns: number): TableLimitExceeded {
  return new TableLimitExceeded(
    tableProblem(
      TABLE_PROBLEM_CODES.tooManyColumns,
      'error',
      `Row ${row} has a value in column ${columnLabel}; at most ${maxColumns} columns are accepted.`,
      { row, column: columnLabel },
    ),
  );
}

export function tooManyRows(row: number, maxRows: number): TableLimitExceeded {
  return new TableLimitExceeded(
    tableProblem(
      TABLE_PROBLEM_CODES.tooManyRows,
      'error',
      `The table goes on past row ${maxRows}; at most ${maxRows} rows are accepted. Split the file.`,
      { row },
    ),
  );
}
