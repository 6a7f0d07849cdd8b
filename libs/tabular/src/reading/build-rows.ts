import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import type { Grid } from './grid';
import type { ColumnMapping } from './map-columns';

export interface TableRow {
  /** As the spreadsheet shows it: 1-based, title and header rows counted. */
  readonly rowNumber: number;
  /** One entry per field; `null` when the cell is empty or the field has no column. */
  readonly cells: Readonly<Record<string, string | null>>;
}

/**
 * Turns the data rows into field records. Rows without any value are skipped and each run of them is
 * reported once as info (sheets often end in hundreds of formatted empty rows). Values in columns that
 * have neither a header nor a tag are reported once per column, at their first row.
 */
export function buildRows(
  grid: Grid,
  firstDataRowIndex: number,
  mapping: ColumnMapping,
): { rows: TableRow[]; problems: TableProblem[] } {
  const fields = Object.entries(mapping.columns).map(([name, column]) => [name, column?.index ?? -1] as const);
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  const reportedColumns = new Set(mapping.accountedColumns);
  let emptyRunStart: number | undefined;

  const closeEmptyRun = (nextRowNumber: number) => {
    if (emptyRunStart === undefined) return;
    problems.push(emptyRows(emptyRunStart, nextRowNumber - 1));
    emptyRunStart = undefined;
  };

  for (let rowIndex = firstDataRowIndex; rowIndex < grid.rows.length; rowIndex++) {
    const row = grid.rows[rowIndex]!;
    const rowNumber = rowIndex + 1;
    if (row.length === 0 || row.every((cell) => cell === null)) {
      emptyRunStart ??= rowNumber;
      continue;
    }
    closeEmptyRun(rowNumber);
    const cells: Record<string, string | null> = {};
    for (const [name, index] of fields) cells[name] = index < 0 ? null : (row[index] ?? null);
    rows.push({ rowNumber, cells });
    row.forEach((cell, columnIndex) => {
      if (cell === null || reportedColumns.has(columnIndex)) return;
      reportedColumns.add(columnIndex);
      problems.push(valuesWithoutHeader(rowNumber, grid.columnLabel(columnIndex)));
    });
  }
  closeEmptyRun(grid.rows.length + 1);
  if (rows.length === 0) {
    problems.push(tableProblem(TABLE_PROBLEM_CODES.noData, 'warning', 'The table has a header but no data rows.'));
  }
  return { rows, problems };
}

function emptyRows(first: number, last: number): TableProblem {
  const which = first === last ? `Row ${first} is` : `Rows ${first}-${last} are`;
  return tableProblem(TABLE_PROBLEM_CODES.emptyRows, 'info', `${which} empty and skipped.`, { row: first });
}

function valuesWithoutHeader(row: number, column: string | number): TableProblem {
  return tableProblem(
    TABLE_PROBLEM_CODES.unmappedColumn,
    'warning',
    `Column ${column} has values (first in row ${row}) but no header or tag; its values are ignored.`,
    { row, column },
  );
}
