import { Workbook, type Cell, type CellValue, type Row, type Worksheet } from 'exceljs';

import type { TableLimits } from '../limits';
import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import {
  TableLimitExceeded,
  toGridCell,
  tooManyColumns,
  tooManyRows,
  trimTrailingEmpty,
  type CellNote,
  type GridResult,
  type MergedRange,
} from '../reading/grid';
import { columnLetter } from '../text/column-label';
import { xlsxCellText } from './xlsx-cell-text';
import { checkXlsxArchive } from './zip-bomb-guard';

export type XlsxGridResult = GridResult & { readonly sheetName?: string };

/**
 * Reads one worksheet: the named one, else the first visible one (hidden sheets in templates hold lookup
 * lists, not data). Cells covered by a merge, other than its top-left cell, are read as empty; the merges
 * are returned so `readTable` can judge them.
 */
export async function readXlsxGrid(input: Buffer, limits: TableLimits, sheetName?: string): Promise<XlsxGridResult> {
  const archiveProblem = checkXlsxArchive(input, limits);
  if (archiveProblem !== undefined) return { ok: false, problems: [archiveProblem] };
  const workbook = new Workbook();
  try {
    // exceljs declares its own `Buffer` type; Node's is the same bytes.
    await workbook.xlsx.load(input as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [unreadable(`The file is a zip archive but not a readable XLSX workbook (${reason}).`)],
    };
  }
  const sheet = pickSheet(workbook, sheetName);
  if (!('worksheet' in sheet)) return { ok: false, problems: [sheet.problem] };
  try {
    return { ok: true, sheetName: sheet.worksheet.name, ...readSheet(sheet.worksheet, limits) };
  } catch (error) {
    if (error instanceof TableLimitExceeded) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

function pickSheet(workbook: Workbook, sheetName?: string): { worksheet: Worksheet } | { problem: TableProblem } {
  const chosen = chooseSheet(workbook.worksheets, sheetName);
  return 'sheet' in chosen ? { worksheet: chosen.sheet } : chosen;
}

/**
 * The sheet to read: the one named (exact name, then ignoring case and surrounding spaces), else the
 * first visible one. `sheets` in workbook order; a sheet without a state is visible.
 */
export function chooseSheet<Sheet extends { readonly name: string; readonly state?: string }>(
  sheets: readonly Sheet[],
  sheetName?: string,
): { sheet: Sheet } | { problem: TableProblem } {
  if (sheetName === undefined) {
    const sheet = sheets.find((candidate) => (candidate.state ?? 'visible') === 'visible');
    return sheet === undefined ? { problem: unreadable('The workbook has no visible worksheet.') } : { sheet };
  }
  const sheet =
    sheets.find((candidate) => candidate.name === sheetName) ??
    sheets.find((candidate) => candidate.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
  if (sheet !== undefined) return { sheet };
  const names = sheets.map((candidate) => `"${candidate.name}"`).join(', ');
  return {
    problem: tableProblem(
      TABLE_PROBLEM_CODES.sheetNotFound,
      'error',
      `The workbook has no sheet named "${sheetName}"; its sheets are ${names || 'none'}.`,
    ),
  };
}

function readSheet(worksheet: Worksheet, limits: TableLimits) {
  const rows: (string | null)[][] = [];
  const cellNotes: CellNote[] = [];
  const problems: TableProblem[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const gridRow = xlsxGridRow(row, rowNumber, limits, problems, cellNotes, (cell, columnIndex) => {
      if (cell.isMerged) extendMerge(merges, cell.master.address, rowNumber, columnIndex);
      return cell.isMerged && cell.master !== cell;
    });
    if (gridRow !== null) rows[rowNumber - 1] = gridRow;
  });
  const denseRows = Array.from(rows, (row) => row ?? []);
  const mergedRanges: MergedRange[] = [...merges.values()];
  return { grid: { rows: denseRows, columnLabel: columnLetter, cellNotes, merges: mergedRanges }, problems };
}

/**
 * One sheet row as cleaned text, or `null` when it has no value. `covered` tells a cell hidden under a
 * merge (read as empty); `valueOf` may correct what exceljs made of a cell. Throws {@link TableLimitExceeded} past the row or column limit.
 */
export function xlsxGridRow(
  row: Row,
  rowNumber: number,
  limits: TableLimits,
  problems: TableProblem[],
  cellNotes: CellNote[],
  covered: (cell: Cell, columnIndex: number) => boolean,
  valueOf: (cell: Cell) => CellValue = (cell) => cell.value,
): (string | null)[] | null {
  const cells: (string | null)[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const columnIndex = columnNumber - 1;
    if (covered(cell, columnIndex)) return;
    const read = xlsxCellText(valueOf(cell));
    if (read.text === null) {
      if ('note' in read && read.note !== undefined)
        cellNotes.push({ rowIndex: rowNumber - 1, columnIndex, ...read.note });
      return;
    }
    const location = { row: rowNumber, column: columnLetter(columnIndex) };
    cells[columnIndex] = toGridCell(read.text, limits.maxCellLength, location, problems);
  });
  const gridRow = trimTrailingEmpty(Array.from(cells, (cell) => cell ?? null));
  if (gridRow.length === 0) return null;
  if (rowNumber > limits.maxRows) throw tooManyRows(rowNumber, limits.maxRows);
  if (gridRow.length > limits.maxColumns)
    throw tooManyColumns(rowNumber, columnLetter(limits.maxColumns), limits.maxColumns);
  return gridRow;
}

function extendMerge(merges: Map<string, MergedRange>, master: string, row: number, column: number): void {
  const range = merges.get(master);
  merges.set(
    master,
    range === undefined
      ? { top: row, left: column, bottom: row, right: column }
      : {
          top: Math.min(range.top, row),
          left: Math.min(range.left, column),
          bottom: Math.max(range.bottom, row),
          right: Math.max(range.right, column),
        },
  );
}

function unreadable(message: string): TableProblem {
  return tableProblem(TABLE_PROBLEM_CODES.unreadable, 'error', message);
}
