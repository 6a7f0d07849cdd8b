import { TABLE_PROBLEM_CODES } from '../problems/table-problem';
import { ACTIVITY_FIELDS, buildSheet } from '../test-support/workbook-fixtures';
import { readZipEntries } from '../xlsx/zip-central-directory';
import { readTable } from './read-table';
import { streamTable, type StreamedTableRow, type TableStream } from './stream-table';

const fields = ACTIVITY_FIELDS;
const HEADER = 'Organización,Distrito,Mes,Alcanzados';

async function rowsOf(stream: TableStream): Promise<StreamedTableRow[]> {
  const rows: StreamedTableRow[] = [];
  for await (const row of stream.rows()) rows.push(row);
  return rows;
}

describe('streamTable', () => {
  it('reads a CSV far longer than one parser slice, accents across slice boundaries intact, as readTable does', async () => {
    // About 40 characters a row: 5,000 rows are several 64 K slices, with a two-byte character in every row.
    const lines = Array.from({ length: 5000 }, (_, index) => `Asociación Perú ${index},PE150101,2025-03,${index}`);
    const csv = Buffer.from([HEADER, ...lines].join('\n'));

    const stream = await streamTable(csv, { fields });
    const streamed = await rowsOf(stream);

    const read = await readTable(csv, { fields });
    expect(streamed.map(({ rowNumber, cells }) => ({ rowNumber, cells }))).toEqual(read.rows);
    expect(streamed[4999]!.cells).toMatchObject({ organisation: 'Asociación Perú 4999', reached: '4999' });
    expect(stream.stoppedBy).toBeNull();
  });

  it('hands each row on with its own problems and those of the empty rows skipped before it', async () => {
    const csv = [HEADER, 'A,PE15,2025-01,1', ',,,', ',,,', 'B'.repeat(30) + ',PE15,2025-01,2', 'C,PE15,2025-01,3'].join(
      '\n',
    );

    const rows = await rowsOf(await streamTable(Buffer.from(csv), { fields, limits: { maxCellLength: 20 } }));

    expect(rows.map((row) => row.rowNumber)).toEqual([2, 5, 6]);
    expect(rows[0]!.problems).toEqual([]);
    expect(rows[1]!.problems.map((problem) => [problem.code, problem.row])).toEqual([
      [TABLE_PROBLEM_CODES.emptyRows, 3],
      [TABLE_PROBLEM_CODES.cellTooLong, 5],
    ]);
    expect(rows[2]!.problems).toEqual([]);
  });

  it('stops at a limit breached part-way and says so, after handing on the rows before it', async () => {
    // Past the look-ahead of the number-format guess (5,000 number cells: 2,500 of these rows).
    const csv = [HEADER, ...Array.from({ length: 4000 }, (_, index) => `A,PE15,2025-01,${index}`)].join('\n');

    const stream = await streamTable(Buffer.from(csv), { fields, limits: { maxRows: 3000 } });
    const rows = await rowsOf(stream);

    expect(rows).toHaveLength(2999);
    expect(stream.stoppedBy).toMatchObject({ code: TABLE_PROBLEM_CODES.tooManyRows, severity: 'error', row: 3001 });
    expect(stream.endProblems).toEqual([]);
  });

  it('reads a workbook whose shared strings, styles and workbook part follow its sheet, as exceljs and Excel write them', async () => {
    const xlsx = await buildSheet([
      ['Organización', 'Distrito', 'Mes', 'Alcanzados'],
      ['Cáritas', 'PE150101', new Date(Date.UTC(2025, 2, 1)), 12],
    ]);
    const order = readZipEntries(xlsx)
      .sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)
      .map((entry) => entry.name);
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/sharedStrings.xml'));

    const stream = await streamTable(xlsx, { fields });

    expect(stream).toMatchObject({ format: 'xlsx', sheetName: 'Datos', headerRowNumber: 1 });
    expect((await rowsOf(stream)).map((row) => row.cells)).toEqual([
      { organisation: 'Cáritas', district: 'PE150101', month: '2025-03-01', girls: null, women: null, reached: '12' },
    ]);
  });
});
