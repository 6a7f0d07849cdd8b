import fc from 'fast-check';
import { fuzzParameters } from '@coordination/testing';
import { DEFAULT_TABLE_LIMITS } from '../limits';
import { TABLE_PROBLEM_CODES, VALUE_PROBLEM_CODES, type TableProblem } from '../problems/table-problem';
import { readTable, type TableReadResult } from '../reading/read-table';
import { collectTable, streamTable } from '../reading/stream-table';
import { patchDeclaredSize } from '../test-support/patch-zip';
import { ACTIVITY_FIELDS, buildSheet } from '../test-support/workbook-fixtures';

/**
 * Hostile and broken uploads (issue 9, hostile-input suite): whatever the bytes, reading never throws,
 * every problem carries a stable code, a severity and, when it is about a cell, its row; the two
 * readers (at once and streamed) agree; a refused file yields no rows.
 */
const KNOWN_CODES = new Set<string>([...Object.values(TABLE_PROBLEM_CODES), ...Object.values(VALUE_PROBLEM_CODES)]);
const CELL_CODES = new Set<string>([
  TABLE_PROBLEM_CODES.cellTooLong,
  TABLE_PROBLEM_CODES.formulaWithoutValue,
  TABLE_PROBLEM_CODES.errorValue,
]);
const FATAL_CODES = new Set<string>([
  TABLE_PROBLEM_CODES.tooLarge,
  TABLE_PROBLEM_CODES.tooManyRows,
  TABLE_PROBLEM_CODES.tooManyColumns,
  TABLE_PROBLEM_CODES.tooManyCells,
  TABLE_PROBLEM_CODES.zipBomb,
  TABLE_PROBLEM_CODES.unreadable,
]);
const OPTIONS = { fields: ACTIVITY_FIELDS };

function assertWellFormed(result: TableReadResult): void {
  for (const problem of result.problems) assertProblem(problem);
  if (result.problems.some((problem) => FATAL_CODES.has(problem.code))) expect(result.rows).toEqual([]);
  expect(result.hasErrors).toBe(result.problems.some((problem) => problem.severity === 'error'));
}

function assertProblem(problem: TableProblem): void {
  expect(KNOWN_CODES.has(problem.code) ? problem.code : { unknownCode: problem }).toBe(problem.code);
  expect(['error', 'warning', 'info']).toContain(problem.severity);
  expect(problem.message.length).toBeGreaterThan(0);
  if (CELL_CODES.has(problem.code)) expect(problem.row).toBeGreaterThan(0);
}

async function readBothWays(bytes: Buffer): Promise<TableReadResult> {
  const atOnce = await readTable(bytes, OPTIONS);
  const streamed = await collectTable(await streamTable(bytes, OPTIONS));
  assertWellFormed(atOnce);
  assertWellFormed(streamed);
  const codes = (result: TableReadResult) => result.problems.map((problem) => problem.code).sort();
  expect(codes(streamed)).toEqual(codes(atOnce));
  expect(streamed.rows.length).toBe(atOnce.rows.length);
  return atOnce;
}

const FORMULAS = [
  '=HYPERLINK("http://169.254.169.254","x")',
  '+1+1',
  '-2',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=cmd|" /C calc"!A0',
];
const HEADERS = [
  ['Organización', 'Distrito', 'Mes', 'Niñas', 'Mujeres', 'Total alcanzado'],
  ['#org', '#adm3+code', '#date+month', '#reached+f+children', '#reached+f+adults', '#reached'],
  ['Organisation', 'District', 'Month', 'Girls', 'Women', 'Reached'],
];

const cellText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 3, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 2, arbitrary: fc.constantFrom('1.234,5', '1,234.5', '-3', '12abc', '2025-02', 'feb-2025', '1e9', '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  // Past the cell limit: refused with its location, never buffered without bound.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 50 }).map((extra) => 'x'.repeat(DEFAULT_TABLE_LIMITS.maxCellLength + extra)),
  },
);

const csvTable = fc.record({
  titleRows: fc.array(fc.array(cellText, { maxLength: 3 }), { maxLength: 3 }),
  header: fc.oneof(fc.constantFrom(...HEADERS), fc.array(cellText, { minLength: 1, maxLength: 8 })),
  withHxlRow: fc.boolean(),
  rows: fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 12 }),
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  quoting: fc.constantFrom('always', 'when-needed', 'broken'),
  encoding: fc.constantFrom('utf8', 'utf8-bom', 'latin1', 'utf16le-bom', 'utf16be-bom'),
  corruptions: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
});

function serialise(table: CsvTable): Buffer {
  const quote = (cell: string): string => {
    if (table.quoting === 'always') return `"${cell.replaceAll('"', '""')}"`;
    if (table.quoting === 'broken') return cell.length % 3 === 0 ? `"${cell}` : cell;
    return /["\r\n,;\t|]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  };
  const lines = [...table.titleRows, table.header, ...(table.withHxlRow ? [HEADERS[1]] : []), ...table.rows];
  const text = lines.map((line) => line.map(quote).join(table.delimiter)).join(table.lineEnd);
  const bytes = encode(text, table.encoding);
  for (const { at, byte } of table.corruptions) if (bytes.length > 0) bytes[at % bytes.length] = byte;
  return bytes;
}

type CsvTable = {
  titleRows: string[][];
  header: string[];
  withHxlRow: boolean;
  rows: string[][];
  delimiter: string;
  lineEnd: string;
  quoting: 'always' | 'when-needed' | 'broken';
  encoding: 'utf8' | 'utf8-bom' | 'latin1' | 'utf16le-bom' | 'utf16be-bom';
  corruptions: { at: number; byte: number }[];
};

function encode(text: string, encoding: CsvTable['encoding']): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

describe('reading hostile uploads (generated, seeded)', () => {
  let workbook: Buffer;

  beforeAll(async () => {
    workbook = await buildSheet([
      HEADERS[0],
      HEADERS[1],
      ['ACNUR', 'PE150101', '2025-01', 1, 2, 3],
      [FORMULAS[0], 'x', '', -1, 'a', 3],
    ]);
  });

  it('CSV of any shape, quoting, encoding and corruption: no throw, stable located problems, both readers agree', async () => {
    await fc.assert(
      fc.asyncProperty(csvTable, async (table) => {
        await readBothWays(serialise(table as CsvTable));
      }),
      fuzzParameters(3_000),
    );
  }, 600_000);

  it('arbitrary bytes, including ones that start like a zip or an old Office file', async () => {
    const prefix = fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from('PK\u0003\u0004', 'latin1'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    );
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2_000 }), async (start, rest) => {
        await readBothWays(Buffer.concat([start, Buffer.from(rest)]));
      }),
      fuzzParameters(1_000),
    );
  }, 600_000);

  it('a real workbook with bytes flipped, cut short, or lying about its sizes (zip bombs)', async () => {
    const damage = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
      }),
      fc.record({ kind: fc.constant('cut' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('bomb' as const), declared: fc.integer({ min: 1, max: 0xffff_ffff }) }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        let bytes: Buffer;
        if (change.kind === 'flip') {
          bytes = Buffer.from(workbook);
          for (const { at, byte } of change.flips) bytes[at % bytes.length] = byte;
        } else if (change.kind === 'cut') {
          bytes = workbook.subarray(0, Math.floor(workbook.length * change.keep));
        } else {
          bytes = patchDeclaredSize(workbook, 'xl/worksheets/sheet1.xml', change.declared);
        }
        const result = await readBothWays(bytes);
        if (change.kind === 'bomb' && change.declared > DEFAULT_TABLE_LIMITS.maxUncompressedBytes) {
          expect(result.rows).toEqual([]);
          expect(result.hasErrors).toBe(true);
        }
      }),
      fuzzParameters(500),
    );
  }, 600_000);
});
