import type { TableLimits } from '../limits';
import type { TableProblem } from '../problems/table-problem';
import type { CellNote, Grid, MergedRange, StreamedGridRow } from '../reading/grid';
import { readXlsxGrid } from './read-xlsx-grid';

export type XlsxGridStream =
  | {
      readonly ok: true;
      readonly sheetName: string | undefined;
      readonly columnLabel: Grid['columnLabel'];
      readonly rows: AsyncIterator<StreamedGridRow>;
      merges(): readonly MergedRange[];
    }
  | { readonly ok: false; readonly problems: TableProblem[] };

/** An XLSX sheet's rows one at a time, every index from 0 (rows without values are empty). */
export async function streamXlsxGridRows(
  input: Buffer,
  limits: TableLimits,
  sheetName: string | undefined,
): Promise<XlsxGridStream> {
  const read = await readXlsxGrid(input, limits, sheetName);
  if (!read.ok) return read;
  const { grid } = read;
  return {
    ok: true,
    sheetName: read.sheetName,
    columnLabel: grid.columnLabel,
    rows: rowsOf(grid, read.problems),
    merges: () => grid.merges,
  };
}

async function* rowsOf(grid: Grid, problems: readonly TableProblem[]): AsyncGenerator<StreamedGridRow> {
  const problemsByRow = groupBy(problems, (problem) => (problem.row ?? 1) - 1);
  const notesByRow = groupBy(grid.cellNotes, (note: CellNote) => note.rowIndex);
  for (let index = 0; index < grid.rows.length; index++) {
    yield await Promise.resolve({
      index,
      cells: grid.rows[index]!,
      problems: problemsByRow.get(index) ?? [],
      notes: notesByRow.get(index) ?? [],
    });
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
