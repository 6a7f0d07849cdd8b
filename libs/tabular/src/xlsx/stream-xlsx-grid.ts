import { Readable } from 'node:stream';

import { stream as excelStream, type CellValue, type Row } from 'exceljs';

import type { TableLimits } from '../limits';
import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { TableLimitExceeded, type CellNote, type Grid, type MergedRange, type StreamedGridRow } from '../reading/grid';
import { columnLetter } from '../text/column-label';
import { chooseSheet, xlsxGridRow } from './read-xlsx-grid';
import { checkXlsxArchive } from './zip-bomb-guard';
import { readZipDirectory, type ZipEntry } from './zip-central-directory';

export type XlsxGridStream =
  | {
      readonly ok: true;
      readonly sheetName: string | undefined;
      readonly columnLabel: Grid['columnLabel'];
      readonly rows: AsyncIterator<StreamedGridRow>;
      merges(): readonly MergedRange[];
    }
  | { readonly ok: false; readonly problems: TableProblem[] };

/** The parts exceljs's streaming reader must have seen before the first worksheet, in this order. */
const PARTS_BEFORE_SHEETS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const ERROR_TYPE = ' t="e"';
const MERGE_CELL = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

interface SheetOfWorkbook {
  readonly name: string;
  readonly state?: string;
}

/**
 * An XLSX sheet's rows one at a time (every index from 0; rows without values are empty), through
 * exceljs's streaming reader, which keeps a row at a time where loading the workbook keeps an object of
 * every cell (about 1.2 GB for 100,000 rows of 20 columns). Same sheet choice, cell text, notes, merged
 * ranges and limits as `readXlsxGrid`:
 *
 * - the archive is checked by the same zip guard first; merged ranges, which the streaming reader does
 *   not report, are read from the sheet's `<mergeCell>` elements while the guard has the part inflated;
 * - the streaming reader only knows shared strings and date formats that come before the sheets in the
 *   archive (Excel writes them after), so it reads a copy of the archive's records reordered: the same
 *   compressed bytes, nothing written to disk, nothing inflated twice in memory at once.
 */
export async function streamXlsxGridRows(
  input: Buffer,
  limits: TableLimits,
  sheetName: string | undefined,
): Promise<XlsxGridStream> {
  const mergesByPart = new Map<string, MergedRange[]>();
  const errorsByPart = new Map<string, Map<string, string>>();
  const archiveProblem = checkXlsxArchive(input, limits, (name, content) => {
    mergesByPart.set(name, mergedRangesIn(content));
    errorsByPart.set(name, errorCellsIn(content));
  });
  if (archiveProblem !== undefined) return { ok: false, problems: [archiveProblem] };

  const reader = new excelStream.xlsx.WorkbookReader(Readable.from(reorderedArchive(input)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  // Sheets before shared strings go to temporary files; a workbook without shared strings has none to wait for.
  (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings = [];
  let sheetPart = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') sheetPart = `xl/worksheets/sheet${entry.id}.xml`;
  });
  const worksheets = reader[Symbol.asyncIterator]();
  let chosen:
    { name: string; rows: AsyncIterator<Row>; merges: MergedRange[]; errors: Map<string, string> } | undefined;
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
      const sheets = ((reader as unknown as { model?: { sheets?: SheetOfWorkbook[] } }).model?.sheets ?? []).filter(
        (sheet) => sheet !== undefined,
      );
      const choice = chooseSheet(sheets, sheetName);
      if ('problem' in choice) return { ok: false, problems: [choice.problem] };
      const worksheet = next.value as unknown as SheetOfWorkbook & AsyncIterable<Row>;
      if (worksheet.name !== choice.sheet.name) continue;
      chosen = {
        name: worksheet.name,
        rows: worksheet[Symbol.asyncIterator](),
        merges: mergesByPart.get(sheetPart) ?? [],
        errors: errorsByPart.get(sheetPart) ?? new Map(),
      };
      break;
    }
  } catch (error) {
    return { ok: false, problems: [unreadable(error)] };
  }
  if (chosen === undefined) {
    // No worksheet part at all, or none the reader recognised.
    const choice = chooseSheet([], sheetName);
    return { ok: false, problems: ['problem' in choice ? choice.problem : unreadable('no worksheet')] };
  }
  const merges = chosen.merges;
  return {
    ok: true,
    sheetName: chosen.name,
    columnLabel: columnLetter,
    rows: gridRows(chosen.rows, merges, chosen.errors, limits),
    merges: () => merges,
  };
}

async function* gridRows(
  rows: AsyncIterator<Row>,
  merges: readonly MergedRange[],
  errors: ReadonlyMap<string, string>,
  limits: TableLimits,
): AsyncGenerator<StreamedGridRow> {
  const covered = coveredCells(merges);
  let nextIndex = 0;
  try {
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const row = next.value;
      const problems: TableProblem[] = [];
      const notes: CellNote[] = [];
      const cells = xlsxGridRow(
        row,
        row.number,
        limits,
        problems,
        notes,
        (_cell, columnIndex) => covered(row.number, columnIndex),
        (cell) =>
          (errors.size > 0 && errors.has(cell.address)
            ? { error: errors.get(cell.address)! }
            : cell.value) as CellValue,
      );
      if (cells === null) continue;
      // Rows without values in between are there, empty, as in the loaded workbook's grid.
      for (; nextIndex < row.number - 1; nextIndex++) yield { index: nextIndex, cells: [], problems: [], notes: [] };
      yield { index: row.number - 1, cells, problems, notes };
      nextIndex = row.number;
    }
  } catch (error) {
    if (error instanceof TableLimitExceeded) throw error;
    throw new TableLimitExceeded(unreadable(error));
  }
}

/** Whether a cell lies under a merge without being its top-left cell (which keeps the value). */
function coveredCells(merges: readonly MergedRange[]): (rowNumber: number, columnIndex: number) => boolean {
  if (merges.length === 0) return () => false;
  return (rowNumber, columnIndex) =>
    merges.some(
      (merge) =>
        rowNumber >= merge.top &&
        rowNumber <= merge.bottom &&
        columnIndex >= merge.left &&
        columnIndex <= merge.right &&
        (rowNumber !== merge.top || columnIndex !== merge.left),
    );
}

/** `<mergeCell ref="B5:B9"/>` elements of a sheet's XML; they follow its rows, so only the tail is read as text. */
function mergedRangesIn(sheetXml: Buffer): MergedRange[] {
  const start = sheetXml.indexOf('mergeCells');
  if (start < 0) return [];
  const ranges: MergedRange[] = [];
  for (const match of sheetXml.subarray(start).toString('utf8').matchAll(MERGE_CELL)) {
    const [, left, top, right, bottom] = match;
    ranges.push({
      top: Number(top),
      left: columnIndexOf(left!),
      bottom: Number(bottom),
      right: columnIndexOf(right!),
    });
  }
  return ranges;
}

/**
 * Cells holding an error value (`t="e"`, such as `#N/A`), by address. The streaming reader reads the
 * cached error of a formula as no value at all; these few cells are found in the XML instead.
 */
function errorCellsIn(sheetXml: Buffer): Map<string, string> {
  const errors = new Map<string, string>();
  for (let at = sheetXml.indexOf(ERROR_TYPE); at >= 0; at = sheetXml.indexOf(ERROR_TYPE, at + 1)) {
    const cellStart = sheetXml.lastIndexOf('<c ', at);
    const cellEnd = sheetXml.indexOf('</c>', at);
    if (cellStart < 0 || cellEnd < 0) continue;
    const cell = sheetXml.subarray(cellStart, cellEnd).toString('utf8');
    const address = /\br="([A-Z]+\d+)"/.exec(cell)?.[1];
    const value = /<v>([^<]*)<\/v>/.exec(cell)?.[1];
    if (address !== undefined && value !== undefined) errors.set(address, value);
  }
  return errors;
}

function columnIndexOf(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number - 1;
}

/**
 * The archive's local records (header, compressed data, descriptor) in the order the streaming reader
 * needs: workbook relations, workbook, styles and shared strings first, worksheets last by number, then
 * the central directory as it was (the reader stops at it). Records are sliced, not copied.
 */
function reorderedArchive(zip: Buffer): Buffer[] {
  const { entries, directoryOffset } = readZipDirectory(zip);
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const recordOf = (entry: ZipEntry): Buffer => {
    const next = byOffset[byOffset.indexOf(entry) + 1];
    return zip.subarray(entry.localHeaderOffset, next?.localHeaderOffset ?? directoryOffset);
  };
  const rank = (entry: ZipEntry): number => {
    const early = PARTS_BEFORE_SHEETS.indexOf(entry.name);
    if (early >= 0) return early - PARTS_BEFORE_SHEETS.length;
    const sheet = SHEET_PART.exec(entry.name);
    return sheet === null ? 0 : 1 + Number(sheet[1]);
  };
  const ordered = [...byOffset].sort((a, b) => rank(a) - rank(b) || a.localHeaderOffset - b.localHeaderOffset);
  return [...ordered.map(recordOf), zip.subarray(directoryOffset)];
}

function unreadable(error: unknown): TableProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return tableProblem(
    TABLE_PROBLEM_CODES.unreadable,
    'error',
    `The file is a zip archive but not a readable XLSX workbook (${reason}).`,
  );
}
