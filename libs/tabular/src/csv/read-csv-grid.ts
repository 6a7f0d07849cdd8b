import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseStream } from 'csv-parse';
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
  type StreamedGridRow,
} from '../reading/grid';
import { decodeText, type TextEncoding } from './decode-text';
import { sniffDelimiter, type CsvDelimiter } from './sniff-delimiter';

export type CsvGridResult = GridResult & { readonly encoding?: TextEncoding; readonly delimiter?: CsvDelimiter };

const csvColumnLabel = (index: number): number => index + 1;
/** Excel's `sep=;` first line names the delimiter; Excel hides it, so rows are numbered after it. */
const SEPARATOR_HINT = /^sep=([,;\t|])\r?\n/i;
/** Characters handed to the streaming parser at a time. */
const TEXT_SLICE_CHARACTERS = 64 * 1024;

/**
 * Decodes, sniffs the delimiter and parses RFC 4180 CSV (quoted fields with delimiters, doubled quotes and
 * line breaks). Lenient where Excel users are sloppy: ragged rows, a stray quote inside an unquoted field,
 * LF, CRLF or CR line ends in one file, Excel's `sep=` hint. Rows are numbered by record, as a spreadsheet shows them, not by
 * physical line.
 */
export function readCsvGrid(input: Buffer, limits: TableLimits): CsvGridResult {
  const prepared = prepareCsvText(input);
  if (!prepared.ok) return prepared;
  const { text, encoding, delimiter } = prepared;
  const problems: TableProblem[] = [];
  try {
    const rows: (string | null)[][] = [];
    parse(text, {
      ...csvParseOptions(delimiter),
      // Parsing stops one record past the limit: enough to know it is breached, without reading the rest.
      to: limits.maxRows + 1,
      // Rows are collected here, cleaned as they come, instead of keeping the raw records in memory too.
      on_record: (record, context) => {
        rows.push(toGridRow(record, context.records, limits, problems));
        return null;
      },
    });
    const grid: Grid = { rows, columnLabel: csvColumnLabel, cellNotes: [], merges: [] };
    return { ok: true, grid, problems, encoding, delimiter };
  } catch (error) {
    return { ok: false, problems: [csvReadProblem(error)] };
  }
}

/** CSV text ready to parse: decoded, Excel's `sep=` hint removed, the delimiter known. */
export type PreparedCsvText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly problems: TableProblem[] };

export function prepareCsvText(input: Buffer): PreparedCsvText {
  const decoded = decodeText(input);
  if (!decoded.ok)
    return { ok: false, problems: [unreadable(`The file is neither CSV text nor XLSX: ${decoded.reason}.`)] };
  const hint = SEPARATOR_HINT.exec(decoded.text);
  const text = hint === null ? decoded.text : decoded.text.slice(hint[0].length);
  const delimiter = hint === null ? sniffDelimiter(text) : (hint[1] as CsvDelimiter);
  return { ok: true, text, encoding: decoded.encoding, delimiter };
}

/**
 * The rows of prepared CSV text one at a time, cleaned as in {@link readCsvGrid}, each with the problems
 * of its cells. Only a few records are held at once. A breached limit or broken CSV is thrown as
 * {@link TableLimitExceeded} or {@link CsvUnreadable}.
 */
export async function* streamCsvGridRows(
  text: string,
  delimiter: CsvDelimiter,
  limits: TableLimits,
): AsyncGenerator<StreamedGridRow> {
  const parser = parseStream({ ...csvParseOptions(delimiter), to: limits.maxRows + 1 });
  const feeding = pipeline(Readable.from(textSlices(text)), parser);
  // The loop below sees the same failure; this only keeps it from being reported as unhandled.
  feeding.catch(() => undefined);
  let records = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      records++;
      const problems: TableProblem[] = [];
      const cells = toGridRow(record, records, limits, problems);
      yield { index: records - 1, cells, problems, notes: [] };
    }
  } catch (error) {
    if (error instanceof TableLimitExceeded) throw error;
    throw new CsvUnreadable(csvReadProblem(error));
  } finally {
    parser.destroy();
  }
}

/** Broken CSV found part-way through a stream. */
export class CsvUnreadable extends Error {
  constructor(readonly problem: TableProblem) {
    super(problem.message);
  }
}

/** Pieces of the text small enough that the parser never holds much of it at once. */
function* textSlices(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + TEXT_SLICE_CHARACTERS, text.length);
    // Never between the two halves of a surrogate pair: each slice is encoded to UTF-8 on its own.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    yield text.slice(start, end);
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function csvParseOptions(delimiter: CsvDelimiter) {
  return {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  };
}

function csvReadProblem(error: unknown): TableProblem {
  if (error instanceof TableLimitExceeded) return error.problem;
  const message = error instanceof Error ? error.message : String(error);
  return unreadable(`The file is not valid CSV: ${message}`);
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
