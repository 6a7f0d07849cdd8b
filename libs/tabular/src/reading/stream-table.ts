import type { CsvDelimiter } from '../csv/sniff-delimiter';
import type { TextEncoding } from '../csv/decode-text';
import { CsvUnreadable, prepareCsvText, streamCsvGridRows } from '../csv/read-csv-grid';
import { detectFormat } from '../format/detect-format';
import { DEFAULT_TABLE_LIMITS, type TableLimits } from '../limits';
import { hasErrors, TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { streamXlsxGridRows, type XlsxGridStream } from '../xlsx/stream-xlsx-grid';
import { TableRowBuilder, type TableRow } from './build-rows';
import { TableLimitExceeded, type Grid, type MergedRange, type StreamedGridRow } from './grid';
import { HEADER_SEARCH_ROWS, locateHeader } from './locate-header';
import { mapColumns } from './map-columns';
import { NumberFormatVotes, POINT_DECIMAL, type NumberFormat } from './number-format';
import { sortedByRow, type ReadTableOptions, type TableReadResult } from './read-table';
import { cellNoteProblems, mergedCellProblems } from './sheet-problems';
import type { MappedColumn } from './table-field';

/** A data row as a stream hands it on, with what was found in it. */
export interface StreamedTableRow extends TableRow {
  /** Problems of this row and of the rows skipped just before it (empty or title rows), in row order. */
  readonly problems: readonly TableProblem[];
}

/**
 * A table read a row at a time, so a file of 100,000 rows never sits in memory as 100,000 records. What
 * {@link readTable} returns at once comes in three parts: `problems` before any row (the file, the columns,
 * the title rows), each row's own problems with the row, and `endProblems` once `rows()` is done. Same
 * detection of format, encoding, delimiter, header, HXL row, columns and number format as `readTable`
 * (which looks at the first rows too), and the same problems with the same codes.
 */
export interface TableStream {
  readonly format: 'csv' | 'xlsx' | null;
  readonly encoding?: TextEncoding;
  readonly delimiter?: CsvDelimiter;
  readonly sheetName?: string;
  readonly headerRowNumber: number | null;
  readonly hxlRowNumber: number | null;
  readonly numberFormat: NumberFormat;
  readonly columns: Readonly<Record<string, MappedColumn | null>>;
  /**
   * Known before the first row: about the file, merged cells and the columns. When they refuse the file
   * (too large, unreadable, no header...), no row comes. Problems in title rows come with the first row.
   */
  readonly problems: readonly TableProblem[];
  /** The data rows in order; iterate once. */
  rows(): AsyncGenerator<StreamedTableRow>;
  /** Once `rows()` is done: a last run of empty rows, no data at all, merged cells found at the end of a sheet. */
  readonly endProblems: readonly TableProblem[];
  /**
   * Once `rows()` is done: the problem that stopped reading part-way (too many rows, broken CSV). The rows
   * already handed on are then part of a refused file: `readTable` would have returned none of them.
   */
  readonly stoppedBy: TableProblem | null;
}

/** Where a stream's grid rows come from: CSV parsed as it goes, or an XLSX sheet. */
interface GridSource {
  readonly details: { encoding?: TextEncoding; delimiter?: CsvDelimiter; sheetName?: string };
  readonly columnLabel: Grid['columnLabel'];
  readonly rows: AsyncIterator<StreamedGridRow>;
  /** The merged ranges seen so far; a streamed sheet lists them after its rows. */
  merges(): readonly MergedRange[];
}

/**
 * Opens `input` as a {@link TableStream}. Reads ahead only as far as the header search (25 rows) and the
 * number-format guess (5,000 number cells) need. Never throws on bad input; throws only on invalid `fields`.
 */
export async function streamTable(input: Buffer, options: ReadTableOptions): Promise<TableStream> {
  const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  const detected = detectFormat(input);
  const format = detected === 'legacy-office' ? null : detected === 'xlsx' ? 'xlsx' : 'csv';
  const refused = (problems: TableProblem[], details: GridSource['details'] = {}) =>
    refusedStream(format, options, problems, details);

  if (input.length > limits.maxInputBytes) {
    return refused([
      tableProblem(
        TABLE_PROBLEM_CODES.tooLarge,
        'error',
        `The file has ${input.length} bytes; at most ${limits.maxInputBytes} are accepted.`,
      ),
    ]);
  }
  if (detected === 'legacy-office') {
    return refused([
      tableProblem(
        TABLE_PROBLEM_CODES.unreadable,
        'error',
        'The file is a legacy .xls workbook; save it as .xlsx or CSV.',
      ),
    ]);
  }
  const opened =
    detected === 'xlsx' ? await openXlsxSource(input, limits, options.sheetName) : openCsvSource(input, limits);
  if (!opened.ok) return refused(opened.problems);
  const source = opened.source;
  const reader = new LookaheadReader(source.rows);

  // The head: the first rows, where the header and the HXL row are looked for.
  const headRows = await reader.fill(HEADER_SEARCH_ROWS);
  if (reader.stoppedBy) return refused([reader.stoppedBy], source.details);
  const head = locateHeader(headRows.map((row) => row.cells));
  if (head === undefined) {
    const message = `No header row in the first ${HEADER_SEARCH_ROWS} rows: no HXL hashtag row and no row with two or more values.`;
    return refused(
      [...headRows.flatMap((row) => row.problems), tableProblem(TABLE_PROBLEM_CODES.noHeader, 'error', message)],
      source.details,
    );
  }
  const tableTopIndex = head.headerRowIndex ?? head.hxlRowIndex!;
  const mapping = mapColumns(options.fields, {
    header: head.headerRowIndex === null ? [] : headRows[head.headerRowIndex]!.cells,
    hxl: head.hxlRowIndex === null ? [] : headRows[head.hxlRowIndex]!.cells,
    rowNumber: (head.hxlRowIndex ?? head.headerRowIndex!) + 1,
    columnLabel: source.columnLabel,
  });

  // The number format, from the first 5,000 number cells of the data.
  let numberFormat = POINT_DECIMAL;
  if (format === 'csv') {
    const votes = new NumberFormatVotes();
    let done = false;
    for (let at = head.firstDataRowIndex; !done; at++) {
      const row = await reader.peek(at);
      done = row === undefined || votes.add(row.cells);
    }
    if (reader.stoppedBy) return refused([reader.stoppedBy], source.details);
    numberFormat = votes.result(source.details.delimiter);
  }

  const reportedMerges = source.merges().length;
  const problems = [...mergedCellProblems(gridOf(source), tableTopIndex + 1, mapping.columns), ...mapping.problems];
  const titleRowProblems = reader.buffered(0, head.firstDataRowIndex).flatMap((row) => row.problems);
  const stream: Mutable<TableStream> = {
    format,
    ...definedDetails(source.details),
    headerRowNumber: head.headerRowIndex === null ? null : head.headerRowIndex + 1,
    hxlRowNumber: head.hxlRowIndex === null ? null : head.hxlRowIndex + 1,
    numberFormat,
    columns: mapping.columns,
    problems,
    endProblems: [],
    stoppedBy: null,
    rows: async function* () {
      const builder = new TableRowBuilder(mapping, source.columnLabel);
      let pending: TableProblem[] = titleRowProblems;
      let rowCount = head.firstDataRowIndex;
      let handedOn = 0;
      for (let at = head.firstDataRowIndex; ; at++) {
        const gridRow = await reader.take(at);
        if (gridRow === undefined) break;
        rowCount = at + 1;
        pending.push(...gridRow.problems, ...noteProblems(source, gridRow, mapping.columns));
        const row = builder.add(gridRow.index, gridRow.cells, pending);
        if (row === null) continue;
        yield { ...row, problems: sortedByRow(pending) };
        pending = [];
        if (++handedOn % ROWS_BETWEEN_EVENT_LOOP_TURNS === 0) await nextEventLoopTurn();
      }
      stream.stoppedBy = reader.stoppedBy;
      if (reader.stoppedBy) return;
      const lateMerges = { ...gridOf(source), merges: source.merges().slice(reportedMerges) };
      stream.endProblems = [
        ...pending,
        ...builder.finish(rowCount),
        ...mergedCellProblems(lateMerges, tableTopIndex + 1, mapping.columns),
      ];
    },
  };
  return stream;
}

/**
 * A consumer that checks rows without real I/O would otherwise keep the event loop to itself for the
 * whole file: timers (a job's lease), database replies and requests wait until it ends.
 */
const ROWS_BETWEEN_EVENT_LOOP_TURNS = 100;

function nextEventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads a source's rows once, keeping those not taken yet so the head can be looked at first. */
class LookaheadReader {
  private readonly held = new Map<number, StreamedGridRow>();
  private nextIndex = 0;
  private ended = false;
  stoppedBy: TableProblem | null = null;

  constructor(private readonly rows: AsyncIterator<StreamedGridRow>) {}

  /** The first `count` rows (fewer when the table is shorter). */
  async fill(count: number): Promise<StreamedGridRow[]> {
    const rows: StreamedGridRow[] = [];
    for (let at = 0; at < count; at++) {
      const row = await this.peek(at);
      if (row === undefined) break;
      rows.push(row);
    }
    return rows;
  }

  buffered(from: number, to: number): StreamedGridRow[] {
    const rows: StreamedGridRow[] = [];
    for (let at = from; at < to; at++) {
      const row = this.held.get(at);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  }

  /** Row `index`, read if need be and kept. */
  async peek(index: number): Promise<StreamedGridRow | undefined> {
    while (this.nextIndex <= index && !this.ended) {
      const row = await this.readNext();
      if (row !== undefined) this.held.set(row.index, row);
    }
    return this.held.get(index);
  }

  /** Row `index`, forgotten once handed on; rows must be taken in order. */
  async take(index: number): Promise<StreamedGridRow | undefined> {
    const row = this.held.get(index) ?? (this.nextIndex === index ? await this.readNext() : undefined);
    this.held.delete(index);
    return row;
  }

  private async readNext(): Promise<StreamedGridRow | undefined> {
    if (this.ended) return undefined;
    try {
      const next = await this.rows.next();
      if (next.done) {
        this.ended = true;
        return undefined;
      }
      this.nextIndex = next.value.index + 1;
      return next.value;
    } catch (error) {
      this.ended = true;
      if (error instanceof TableLimitExceeded || error instanceof CsvUnreadable) {
        this.stoppedBy = error.problem;
        return undefined;
      }
      throw error;
    }
  }
}

function openCsvSource(
  input: Buffer,
  limits: TableLimits,
): { ok: true; source: GridSource } | { ok: false; problems: TableProblem[] } {
  const prepared = prepareCsvText(input);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    source: {
      details: { encoding: prepared.encoding, delimiter: prepared.delimiter },
      columnLabel: (index) => index + 1,
      rows: streamCsvGridRows(prepared.text, prepared.delimiter, limits),
      merges: () => [],
    },
  };
}

async function openXlsxSource(
  input: Buffer,
  limits: TableLimits,
  sheetName: string | undefined,
): Promise<{ ok: true; source: GridSource } | { ok: false; problems: TableProblem[] }> {
  const opened: XlsxGridStream = await streamXlsxGridRows(input, limits, sheetName);
  if (!opened.ok) return opened;
  return {
    ok: true,
    source: {
      details: { sheetName: opened.sheetName },
      columnLabel: opened.columnLabel,
      rows: opened.rows,
      merges: opened.merges,
    },
  };
}

/** The parts of a {@link Grid} the sheet-problem checks read. */
function gridOf(source: GridSource): Grid {
  return { rows: [], columnLabel: source.columnLabel, cellNotes: [], merges: source.merges() };
}

function noteProblems(
  source: GridSource,
  row: StreamedGridRow,
  columns: Readonly<Record<string, MappedColumn | null>>,
): TableProblem[] {
  if (row.notes.length === 0) return [];
  return cellNoteProblems({ ...gridOf(source), cellNotes: row.notes }, row.index, columns);
}

function refusedStream(
  format: TableStream['format'],
  options: ReadTableOptions,
  problems: TableProblem[],
  details: GridSource['details'],
): TableStream {
  return {
    format,
    ...definedDetails(details),
    headerRowNumber: null,
    hxlRowNumber: null,
    numberFormat: POINT_DECIMAL,
    columns: Object.fromEntries(options.fields.map((field) => [field.name, null])),
    problems,
    rows: async function* () {
      // A refused file has no rows.
      yield* [];
    },
    endProblems: [],
    stoppedBy: null,
  };
}

/**
 * Reads a whole stream into what {@link readTable} returns for the same file: the same rows, the same
 * problems in the same order, and no rows at all when reading stopped part-way.
 */
export async function collectTable(stream: TableStream): Promise<TableReadResult> {
  const rows: TableRow[] = [];
  const rowProblems: TableProblem[] = [];
  for await (const { problems, ...row } of stream.rows()) {
    rows.push(row);
    rowProblems.push(...problems);
  }
  const { format, encoding, delimiter, sheetName, headerRowNumber, hxlRowNumber, numberFormat, columns } = stream;
  const details = definedDetails({ encoding, delimiter, sheetName });
  const { endProblems, stoppedBy } = stream;
  if (stoppedBy !== null) {
    const { rows: _none, ...refused } = refusedStream(format, fieldsOf(columns), [stoppedBy], details);
    return { ...refused, rows: [], hasErrors: true };
  }
  const head = { format, ...details, headerRowNumber, hxlRowNumber, numberFormat, columns };
  const lateMerges = endProblems.filter((problem) => problem.code === TABLE_PROBLEM_CODES.mergedCells);
  const problems = [
    ...lateMerges,
    ...stream.problems,
    ...sortedByRow([...rowProblems, ...endProblems.filter((problem) => !lateMerges.includes(problem))]),
  ];
  return { ...head, rows, problems, hasErrors: hasErrors(problems) };
}

function fieldsOf(columns: TableStream['columns']): ReadTableOptions {
  return { fields: Object.keys(columns).map((name) => ({ name })) };
}

function definedDetails(details: GridSource['details']): GridSource['details'] {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
}
