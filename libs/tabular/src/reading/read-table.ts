import type { CsvDelimiter } from '../csv/sniff-delimiter';
import type { TextEncoding } from '../csv/decode-text';
import { readCsvGrid } from '../csv/read-csv-grid';
import { detectFormat } from '../format/detect-format';
import { DEFAULT_TABLE_LIMITS, type TableLimits } from '../limits';
import { hasErrors, TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { readXlsxGrid } from '../xlsx/read-xlsx-grid';
import { buildRows, type TableRow } from './build-rows';
import type { GridResult } from './grid';
import { HEADER_SEARCH_ROWS, locateHeader } from './locate-header';
import { mapColumns } from './map-columns';
import { guessNumberFormat, POINT_DECIMAL, type NumberFormat } from './number-format';
import { cellNoteProblems, mergedCellProblems } from './sheet-problems';
import type { MappedColumn, TableField } from './table-field';

export interface ReadTableOptions {
  readonly fields: readonly TableField[];
  /** XLSX: the sheet to read; by default the first visible one. Ignored for CSV. */
  readonly sheetName?: string;
  /** Overrides some of {@link DEFAULT_TABLE_LIMITS}. */
  readonly limits?: Partial<TableLimits>;
}

export interface TableReadResult {
  /** What the bytes are, by their magic numbers; `null` for other binary formats (legacy .xls). */
  readonly format: 'csv' | 'xlsx' | null;
  readonly encoding?: TextEncoding;
  readonly delimiter?: CsvDelimiter;
  readonly sheetName?: string;
  /** 1-based; `null` when there is none (an HXL row on the first row, or the file was refused). */
  readonly headerRowNumber: number | null;
  readonly hxlRowNumber: number | null;
  /** How the file writes numbers, for `parseInteger`; XLSX numbers are always read as `1234.5`. */
  readonly numberFormat: NumberFormat;
  /** Every field, with its column or `null` when the table has none. */
  readonly columns: Readonly<Record<string, MappedColumn | null>>;
  readonly rows: readonly TableRow[];
  /** Ordered: file-level problems, then columns, then cells by row. */
  readonly problems: readonly TableProblem[];
  readonly hasErrors: boolean;
}

/**
 * Reads a CSV or XLSX upload into field records. Never throws on bad input: every refusal is a located
 * problem with a stable code, and a fatal one (too large, unreadable, zip bomb, too many rows) leaves
 * `rows` empty rather than returning part of the file. Throws only on invalid `fields`.
 */
export async function readTable(input: Buffer, options: ReadTableOptions): Promise<TableReadResult> {
  const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  const detected = detectFormat(input);
  const format = detected === 'legacy-office' ? null : detected === 'xlsx' ? 'xlsx' : 'csv';
  const refuse = (problem: TableProblem) => refusal(format, options.fields, [problem], {});

  if (input.length > limits.maxInputBytes) {
    return refuse(
      tableProblem(
        TABLE_PROBLEM_CODES.tooLarge,
        'error',
        `The file has ${input.length} bytes; at most ${limits.maxInputBytes} are accepted.`,
      ),
    );
  }
  if (detected === 'legacy-office') {
    return refuse(
      tableProblem(
        TABLE_PROBLEM_CODES.unreadable,
        'error',
        'The file is a legacy .xls workbook; save it as .xlsx or CSV.',
      ),
    );
  }
  const read = detected === 'xlsx' ? await readXlsxGrid(input, limits, options.sheetName) : readCsvGrid(input, limits);
  const details = fileDetails(read);
  if (!read.ok) return refusal(format, options.fields, read.problems, details);

  const { grid } = read;
  const head = locateHeader(grid.rows);
  if (head === undefined) {
    const message = `No header row in the first ${HEADER_SEARCH_ROWS} rows: no HXL hashtag row and no row with two or more values.`;
    return refusal(
      format,
      options.fields,
      [...read.problems, tableProblem(TABLE_PROBLEM_CODES.noHeader, 'error', message)],
      details,
    );
  }
  const tableTopIndex = head.headerRowIndex ?? head.hxlRowIndex!;
  const mapping = mapColumns(options.fields, {
    header: head.headerRowIndex === null ? [] : grid.rows[head.headerRowIndex]!,
    hxl: head.hxlRowIndex === null ? [] : grid.rows[head.hxlRowIndex]!,
    rowNumber: (head.hxlRowIndex ?? head.headerRowIndex!) + 1,
    columnLabel: grid.columnLabel,
  });
  const built = buildRows(grid, head.firstDataRowIndex, mapping);
  const problems = [
    ...mergedCellProblems(grid, tableTopIndex + 1, mapping.columns),
    ...mapping.problems,
    ...sortedByRow([
      ...read.problems,
      ...cellNoteProblems(grid, head.firstDataRowIndex, mapping.columns),
      ...built.problems,
    ]),
  ];
  const dataRows = grid.rows.slice(head.firstDataRowIndex);
  return {
    format,
    ...details,
    headerRowNumber: head.headerRowIndex === null ? null : head.headerRowIndex + 1,
    hxlRowNumber: head.hxlRowIndex === null ? null : head.hxlRowIndex + 1,
    numberFormat: format === 'csv' ? guessNumberFormat(dataRows, details.delimiter) : POINT_DECIMAL,
    columns: mapping.columns,
    rows: built.rows,
    problems,
    hasErrors: hasErrors(problems),
  };
}

function fileDetails(read: GridResult & { encoding?: TextEncoding; delimiter?: CsvDelimiter; sheetName?: string }) {
  const details: { encoding?: TextEncoding; delimiter?: CsvDelimiter; sheetName?: string } = {};
  if (read.encoding !== undefined) details.encoding = read.encoding;
  if (read.delimiter !== undefined) details.delimiter = read.delimiter;
  if (read.sheetName !== undefined) details.sheetName = read.sheetName;
  return details;
}

function refusal(
  format: TableReadResult['format'],
  fields: readonly TableField[],
  problems: TableProblem[],
  details: Partial<TableReadResult>,
): TableReadResult {
  return {
    format,
    ...details,
    headerRowNumber: null,
    hxlRowNumber: null,
    numberFormat: POINT_DECIMAL,
    columns: Object.fromEntries(fields.map((field) => [field.name, null])),
    rows: [],
    problems,
    hasErrors: hasErrors(problems),
  };
}

/** Stable: problems of one row keep the order they were found in. */
export function sortedByRow(problems: TableProblem[]): TableProblem[] {
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
