import { randomBytes } from 'node:crypto';

import * as iconv from 'iconv-lite';

import { TABLE_PROBLEM_CODES, type TableProblem } from '../problems/table-problem';
import { ACTIVITY_FIELDS } from '../test-support/workbook-fixtures';
import { COMMA_DECIMAL, POINT_DECIMAL } from './number-format';
import { TABLE_READERS } from '../test-support/table-readers';

const fields = ACTIVITY_FIELDS;
const codes = (problems: readonly { code: string }[]) => problems.map((problem) => problem.code);
/** The shared field list has optional columns most tests leave out; their info problems are not the point. */
const withoutOptionalMissing = (problems: readonly TableProblem[]) =>
  problems.filter((problem) => !(problem.code === TABLE_PROBLEM_CODES.missingColumn && problem.severity === 'info'));

describe.each(TABLE_READERS)('%s on CSV', (_reader, readTable) => {
  it('finds the hashtag row under two title rows and maps columns by tag, most specific first', async () => {
    const csv = [
      'Informe 4W - Peru,,,,,,',
      'Marzo 2025,,,,,,',
      'Organizacion,Distrito,Mes,Ninas,Mujeres,Total alcanzado,Comentario',
      '#org,#adm3 +code,#date +month,#reached +children +f,#reached +f +adults,#reached,',
      'Cáritas del Perú,PE150101,2025-03,10,20,30,ok',
      'HIAS,PE070101,2025-03,1,2,3,',
    ].join('\n');

    const table = await readTable(Buffer.from(csv), { fields });

    expect(table).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerRowNumber: 3,
      hxlRowNumber: 4,
    });
    expect(table.columns.girls).toEqual({
      index: 3,
      column: 4,
      header: 'Ninas',
      hxlTag: '#reached+children+f',
      matchedBy: 'hxl',
    });
    expect(table.columns.women?.index).toBe(4);
    expect(table.columns.reached?.index).toBe(5);
    expect(table.rows).toEqual([
      {
        rowNumber: 5,
        cells: {
          organisation: 'Cáritas del Perú',
          district: 'PE150101',
          month: '2025-03',
          girls: '10',
          women: '20',
          reached: '30',
        },
      },
      {
        rowNumber: 6,
        cells: { organisation: 'HIAS', district: 'PE070101', month: '2025-03', girls: '1', women: '2', reached: '3' },
      },
    ]);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.unmappedColumn, severity: 'warning', row: 4, column: 7 }),
    ]);
    expect(table.hasErrors).toBe(false);
  });

  it('maps Spanish headers without accents and reads a semicolon file in Windows-1252', async () => {
    const text = 'Socio;Distrito;Mes;Niñas;Alcanzados\r\nAsociación Ñuñoa;PE150101;marzo 2025;1.234;2.500\r\n';
    const table = await readTable(iconv.encode(text, 'windows-1252'), { fields });

    expect(table).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRowNumber: 1, hxlRowNumber: null });
    expect(table.numberFormat).toEqual(COMMA_DECIMAL);
    expect(table.rows[0]).toEqual({
      rowNumber: 2,
      cells: {
        organisation: 'Asociación Ñuñoa',
        district: 'PE150101',
        month: 'marzo 2025',
        girls: '1.234',
        women: null,
        reached: '2.500',
      },
    });
    expect(table.columns.organisation).toMatchObject({ header: 'Socio', matchedBy: 'header' });
    expect(table.problems).toEqual([
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.missingColumn, severity: 'info', field: 'women' }),
    ]);
  });

  it('reads UTF-8 with a BOM, quotes, doubled quotes and line breaks inside cells', async () => {
    // The unquoted `1,234` is two cells in a comma file: the second has no header and is reported.
    const csv = '\uFEFFOrganisation,District,Month,Reached\n"Cáritas, ""Lima""",PE150101,"2025-\n03",  1,234 \n';
    const table = await readTable(Buffer.from(csv, 'utf8'), { fields });

    expect(table.encoding).toBe('utf-8-bom');
    expect(table.numberFormat).toEqual(POINT_DECIMAL);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          organisation: 'Cáritas, "Lima"',
          district: 'PE150101',
          month: '2025- 03',
          girls: null,
          women: null,
          reached: '1',
        },
      },
    ]);
    expect(table.problems).toContainEqual(
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.unmappedColumn, row: 2, column: 5 }),
    );
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads tab-separated %s with a BOM', async (encoding) => {
    const text = '\uFEFFOrganización\tDistrito\tMes\tAlcanzados\nCáritas\tPE150101\t2025-03\t7\n';
    const table = await readTable(iconv.encode(text, encoding), { fields });

    expect(table).toMatchObject({ encoding, delimiter: '\t' });
    expect(table.rows[0]?.cells).toMatchObject({ organisation: 'Cáritas', reached: '7' });
  });

  it("follows Excel's sep= hint and numbers rows after it, as Excel shows them", async () => {
    const table = await readTable(Buffer.from('sep=;\nSocio;Distrito;Mes;Total alcanzado\nA,B;PE15;2025-01;1\n'), {
      fields,
    });
    expect(table).toMatchObject({ delimiter: ';', headerRowNumber: 1 });
    expect(table.rows[0]).toMatchObject({ rowNumber: 2, cells: { organisation: 'A,B', reached: '1' } });
  });

  it('skips empty rows, reporting each run once as info', async () => {
    const csv = [
      'Organisation,District,Month,Reached',
      'A,PE15,2025-01,1',
      ',,,',
      '',
      ' , ,,',
      'B,PE15,2025-01,2',
      ',,,',
    ].join('\n');
    const table = await readTable(Buffer.from(csv), { fields });

    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 6]);
    expect(withoutOptionalMissing(table.problems)).toEqual([
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.emptyRows, severity: 'info', row: 3 }),
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.emptyRows, severity: 'info', row: 7 }),
    ]);
    expect(withoutOptionalMissing(table.problems)[0]?.message).toContain('3-5');
    expect(table.hasErrors).toBe(false);
  });

  it('reports a missing required column as an error located at the header row', async () => {
    const table = await readTable(Buffer.from('Organisation,Month,Reached\nA,2025-01,1\n'), { fields });

    expect(table.problems).toContainEqual(
      expect.objectContaining({
        code: TABLE_PROBLEM_CODES.missingColumn,
        severity: 'error',
        field: 'district',
        row: 1,
      }),
    );
    expect(table.columns.district).toBeNull();
    expect(table.rows[0]?.cells.district).toBeNull();
    expect(table.hasErrors).toBe(true);
  });

  it('refuses a table without any row of two values', async () => {
    const table = await readTable(Buffer.from('just one column\nvalue\n'), { fields });
    expect(codes(table.problems)).toEqual([TABLE_PROBLEM_CODES.noHeader]);
  });

  describe('limits', () => {
    const header = 'Organisation,District,Month,Reached\n';

    it('refuses input over the size limit before reading it', async () => {
      const table = await readTable(Buffer.alloc(2000, 'a'), { fields, limits: { maxInputBytes: 1000 } });
      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooLarge, severity: 'error' }),
      ]);
    });

    it('refuses too many rows, located at the first row over the limit', async () => {
      const csv = header + 'A,PE15,2025-01,1\n'.repeat(10);
      const table = await readTable(Buffer.from(csv), { fields, limits: { maxRows: 5 } });
      expect(table.problems).toEqual([expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooManyRows, row: 6 })]);
      expect(table.rows).toEqual([]);
    });

    it('refuses too many columns but ignores trailing empty ones', async () => {
      const wide = await readTable(Buffer.from(header + 'A,PE15,2025-01,1,x\n'), { fields, limits: { maxColumns: 4 } });
      expect(wide.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooManyColumns, row: 2, column: 5 }),
      ]);

      const padded = await readTable(Buffer.from(header + 'A,PE15,2025-01,1,,,,\n'), {
        fields,
        limits: { maxColumns: 4 },
      });
      expect(padded.hasErrors).toBe(false);
    });

    it('empties an overlong cell and locates the error', async () => {
      const csv = header + `A,PE15,2025-01,${'9'.repeat(50)}\n`;
      const table = await readTable(Buffer.from(csv), { fields, limits: { maxCellLength: 20 } });
      expect(withoutOptionalMissing(table.problems)).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.cellTooLong, severity: 'error', row: 2, column: 4 }),
      ]);
      expect(table.rows[0]?.cells.reached).toBeNull();
    });
  });

  describe('garbage', () => {
    it('refuses 10 MB of random bytes as unreadable, quickly', async () => {
      const noise = randomBytes(10 * 1024 * 1024);
      noise[0] = 0x01;
      const started = performance.now();
      const table = await readTable(noise, { fields });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.unreadable, severity: 'error' }),
      ]);
      expect(table.rows).toEqual([]);
    });

    it('refuses random bytes behind a zip signature as unreadable', async () => {
      const noise = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(100_000)]);
      const table = await readTable(noise, { fields });
      expect(table.format).toBe('xlsx');
      expect(codes(table.problems)).toEqual([TABLE_PROBLEM_CODES.unreadable]);
    });

    it('refuses a legacy .xls workbook by its signature', async () => {
      const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
      const table = await readTable(xls, { fields });
      expect(table.format).toBeNull();
      expect(table.problems[0]?.message).toContain('.xls');
    });
  });
});
