import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { rangeLabel } from '../text/column-label';
import type { Grid } from './grid';
import type { MappedColumn } from './table-field';

/**
 * Merged cells: above the table (titles, logos) they are harmless and ignored. Inside it they are
 * refused, not filled in: a merged `Región` over five rows might mean five rows in that region, but a
 * merged count over three rows copied into each would triple the people reached, and the file cannot
 * tell which was meant. Over mapped columns that is an error; over ignored columns only a warning.
 */
export function mergedCellProblems(
  grid: Grid,
  tableTopRowNumber: number,
  columns: Readonly<Record<string, MappedColumn | null>>,
): TableProblem[] {
  const mappedIndexes = Object.values(columns).flatMap((column) => (column === null ? [] : [column.index]));
  return grid.merges
    .filter((merge) => merge.bottom >= tableTopRowNumber)
    .map((merge) => {
      const range = rangeLabel(merge.top, merge.left, merge.bottom, merge.right);
      const coversMapped = mappedIndexes.some((index) => index >= merge.left && index <= merge.right);
      return tableProblem(
        TABLE_PROBLEM_CODES.mergedCells,
        coversMapped ? 'error' : 'warning',
        `Cells ${range} are merged inside the table; unmerge them and fill in each cell.`,
        { row: merge.top, column: grid.columnLabel(merge.left), range },
      );
    });
}

/** Cell notes (formulas without a value, error values) for the cells the import reads. */
export function cellNoteProblems(
  grid: Grid,
  firstDataRowIndex: number,
  columns: Readonly<Record<string, MappedColumn | null>>,
): TableProblem[] {
  const fieldByIndex = new Map<number, string>();
  for (const [field, column] of Object.entries(columns)) if (column !== null) fieldByIndex.set(column.index, field);
  return grid.cellNotes
    .filter((note) => note.rowIndex >= firstDataRowIndex && fieldByIndex.has(note.columnIndex))
    .map((note) =>
      tableProblem(note.code, 'warning', note.message, {
        row: note.rowIndex + 1,
        column: grid.columnLabel(note.columnIndex),
        field: fieldByIndex.get(note.columnIndex),
      }),
    );
}
