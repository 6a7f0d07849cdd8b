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
  const builder = new TableRowBuilder(mapping, grid.columnLabel);
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  for (let rowIndex = firstDataRowIndex; rowIndex < grid.rows.length; rowIndex++) {
    const row = builder.add(rowIndex, grid.rows[rowIndex]!, problems);
    if (row !== null) rows.push(row);
  }
  problems.push(...builder.finish(grid.rows.length));
  return { rows, problems };
}

/**
 * {@link buildRows} one grid row at a time, so a reader can hand rows on as it reads them: `add` each
 * data row in order (its problems go to `problems`), then `finish` once with the grid's row count.
 */
export class TableRowBuilder {
  private readonly fields: readonly (readonly [string, number])[];
  private readonly reportedColumns: Set<number>;
  private emptyRunStart: number | undefined;
  private rowCount = 0;

  constructor(
    mapping: ColumnMapping,
    private readonly columnLabel: (index: number) => string | number,
  ) {
    this.fields = Object.entries(mapping.columns).map(([name, column]) => [name, column?.index ?? -1] as const);
    this.reportedColumns = new Set(mapping.accountedColumns);
  }

  /** The field record of grid row `rowIndex` (0-based), or `null` when the row is empty. */
  add(rowIndex: number, row: readonly (string | null)[], problems: TableProblem[]): TableRow | null {
    const rowNumber = rowIndex + 1;
    if (row.length === 0 || row.every((cell) => cell === null)) {
      this.emptyRunStart ??= rowNumber;
      return null;
    }
    this.closeEmptyRun(rowNumber, problems);
    const cells: Record<string, string | null> = {};
    for (const [name, index] of this.fields) cells[name] = index < 0 ? null : (row[index] ?? null);
    row.forEach((cell, columnIndex) => {
      if (cell === null || this.reportedColumns.has(columnIndex)) return;
      this.reportedColumns.add(columnIndex);
      problems.push(valuesWithoutHeader(rowNumber, this.columnLabel(columnIndex)));
    });
    this.rowCount++;
    return { rowNumber, cells };
  }

  /** Problems of the end of the table: a last run of empty rows, or no data rows at all. */
  finish(gridRowCount: number): TableProblem[] {
    const problems: TableProblem[] = [];
    this.closeEmptyRun(gridRowCount + 1, problems);
    if (this.rowCount === 0) {
      problems.push(tableProblem(TABLE_PROBLEM_CODES.noData, 'warning', 'The table has a header but no data rows.'));
    }
    return problems;
  }

  private closeEmptyRun(nextRowNumber: number, problems: TableProblem[]): void {
    if (this.emptyRunStart === undefined) return;
    problems.push(emptyRows(this.emptyRunStart, nextRowNumber - 1));
    this.emptyRunStart = undefined;
  }
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
