import { normaliseHxlTag } from '../hxl/hxl-tag';
import { escapeFormulaText } from '../injection/formula-injection';
import { cellOutput } from './cell-output';
import type { PreparedTable } from './prepared-table';
import { writeCsv } from './write-csv';
import { writeXlsx } from './write-xlsx';
import type { TableRecord, WriteColumn } from './write-column';

export type TableWriteFormat = 'csv' | 'xlsx' | 'hxl-csv';

export interface WriteTableOptions {
  /** Header language; Spanish by default, the working language of the response in Peru. */
  readonly language?: 'es' | 'en';
  /** XLSX only: add the hashtag row under the header, as `hxl-csv` always does. */
  readonly hxl?: boolean;
  /** XLSX only; `Datos` by default. */
  readonly sheetName?: string;
}

/**
 * Writes rows as CSV (UTF-8 with BOM, comma, CRLF: what Excel opens correctly), CSV with an HXL hashtag
 * row under the header, or XLSX (bold header, frozen header rows). Text that a spreadsheet would run as a
 * formula is written with a leading quote; `readTable` removes it, so the file re-imports to `rows`.
 */
export async function writeTable(
  rows: readonly TableRecord[],
  columns: readonly WriteColumn[],
  format: TableWriteFormat,
  options: WriteTableOptions = {},
): Promise<Buffer> {
  const language = options.language ?? 'es';
  const withHxl = format === 'hxl-csv' || (format === 'xlsx' && options.hxl === true);
  const headerRows = [columns.map((column) => escapeFormulaText(column.header[language]))];
  if (withHxl) headerRows.push(columns.map(hashtagOf));
  const table: PreparedTable = {
    headerRows,
    rows: rows.map((row) => columns.map((column) => cellOutput(row[column.field], column.field))),
  };
  return format === 'xlsx' ? writeXlsx(table, options.sheetName ?? 'Datos') : writeCsv(table);
}

function hashtagOf(column: WriteColumn): string {
  if (column.hxlTag === undefined) return '';
  const tag = normaliseHxlTag(column.hxlTag);
  if (tag === undefined) throw new TypeError(`Column "${column.field}" has an invalid HXL tag: "${column.hxlTag}"`);
  return tag;
}
