import { parse } from 'csv-parse/sync';

import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import type { TableLimits } from '../limits';
import {
  TableLimitExceeded,
  toGridCell,
  tooManyColumns,
  tooManyRows,
  trimTrailingEmpty,
  type Grid,
  type GridResult,
} from '../reading/grid';
import { decodeText, type TextEncoding } from './decode-text';
import { sniffDelimiter, type CsvDelimiter } from './sniff-delimiter';

export type CsvGridResult = GridResult & { readonly encoding?: TextEncoding; readonly delimiter?: CsvDelimiter };

const csvColumnLabel = (index: number): number => index + 1;
/** Excel's `sep=;` first line names the delimiter; Excel hides it, so rows are numbered after it. */
const SEPARATOR_HINT = /^sep=([,;\t|])\r?\n/i;

/**
 * Decodes, sniffs the delimiter and parses RFC 4180 CSV (quoted fields with delimiters, doubled quotes and
 * line breaks). Lenient where Excel users are sloppy: ragged rows, a stray quote inside an unquoted field,
 * LF, CRLF or CR line ends in one file, Excel's `sep=` hint. Rows are numbered by record, as a spreadsheet shows them, not by
 * physical line.
 */
export function readCsvGrid(input: Buffer, limits: TableLimits): CsvGridResult {
  const decoded = decodeText(input);
  if (!decoded.ok)
    return { ok: false, problems: [unreadable(`The file is neither CSV text nor XLSX: ${decoded.reason}.`)] };
  const hint = SEPARATOR_HINT.exec(decoded.text);
  const text = hint === null ? decoded.text : decoded.text.slice(hint[0].length);
  const delimiter = hint === null ? sniffDelimiter(text) : (hint[1] as CsvDelimiter);
  const problems: TableProblem[] = [];
  try {
    const rows: (string | null)[][] = [];
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // Parsing stops one record past the limit: enough to know it is breached, without reading the rest.
      to: limits.maxRows + 1,
      // Rows are collected here, cleaned as they come, instead of keeping the raw records in memory too.
      on_record: (record, context) => {
        rows.push(toGridRow(record, context.records, limits, problems));
        return null;
      },
    });
    const grid: Grid = { rows, columnLabel: csvColumnLabel, cellNotes: [], merges: [] };
    return { ok: true, grid, problems, encoding: decoded.encoding, delimiter };
  } catch (error) {
    if (error instanceof TableLimitExceeded) return { ok: false, problems: [error.problem] };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [unreadable(`The file is not valid CSV: ${message}`)] };
  }
}

function toGridRow(record: string[], row: number, limits: TableLimits, problems: TableProblem[]): (string | null)[] {
  if (row > limits.maxRows) throw tooManyRows(row, limits.maxRows);
  const cells = trimTrailingEmpty(
    record.map((raw, index) => toGridCell(raw, limits.maxCellLength, { row, column: csvColumnLabel(index) }, problems)),
  );
  if (cells.length > limits.maxColumns) throw tooManyColumns(row, csvColumnLabel(limits.maxColumns), limits.maxColumns);
  return cells;
}

function unreadable(message: string): TableProblem {
  return tableProblem(TABLE_PROBLEM_CODES.unreadable, 'error', message);
}
