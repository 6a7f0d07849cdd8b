import { TABLE_PROBLEM_CODES, type TableProblem } from '../problems/table-problem';
import { patchDeclaredSize } from '../test-support/patch-zip';
import { ACTIVITY_FIELDS, buildSheet, buildWorkbook } from '../test-support/workbook-fixtures';
import { readZipEntries } from '../xlsx/zip-central-directory';
import { TABLE_READERS } from '../test-support/table-readers';

const fields = ACTIVITY_FIELDS;
const HEADER = ['Organización', 'Distrito', 'Mes', 'Alcanzados'];
const withoutOptionalMissing = (problems: readonly TableProblem[]) =>
  problems.filter((problem) => !(problem.code === TABLE_PROBLEM_CODES.missingColumn && problem.severity === 'info'));

describe.each(TABLE_READERS)('%s on XLSX', (_reader, readTable) => {
  it('reads typed cells as text: dates as ISO, rich text and hyperlinks as plain text, numbers unformatted', async () => {
    const xlsx = await buildSheet([
      HEADER,
      [
        { richText: [{ text: 'Cáritas ', font: { bold: true } }, { text: 'del Perú' }] },
        { text: 'PE150101', hyperlink: 'https://example.org' },
        new Date(Date.UTC(2025, 2, 1)),
        1234,
      ],
      ['HIAS', 'PE070101', new Date(Date.UTC(2025, 2, 1, 13, 30)), 0.5],
    ]);

    const table = await readTable(xlsx, { fields });

    expect(table).toMatchObject({ format: 'xlsx', sheetName: 'Datos', headerRowNumber: 1 });
    expect(table.rows.map((row) => row.cells)).toEqual([
      {
        organisation: 'Cáritas del Perú',
        district: 'PE150101',
        month: '2025-03-01',
        girls: null,
        women: null,
        reached: '1234',
      },
      {
        organisation: 'HIAS',
        district: 'PE070101',
        month: '2025-03-01T13:30:00',
        girls: null,
        women: null,
        reached: '0.5',
      },
    ]);
    expect(table.columns.district?.column).toBe('B');
  });

  it('ignores merged title cells above the table and finds the header and hashtag rows', async () => {
    const xlsx = await buildSheet(
      [
        ['Informe 4W 2025'],
        ['Plataforma GTRM'],
        ['Organizacion', 'Distrito', 'Mes', 'Total'],
        ['#org', '#adm3+code', '#date+month', '#reached'],
        ['Cáritas', 'PE150101', '2025-03', 5],
      ],
      (sheet) => {
        sheet.mergeCells('A1:D1');
        sheet.mergeCells('A2:D2');
      },
    );

    const table = await readTable(xlsx, { fields });

    expect(table).toMatchObject({ headerRowNumber: 3, hxlRowNumber: 4, hasErrors: false });
    expect(table.rows).toEqual([
      {
        rowNumber: 5,
        cells: {
          organisation: 'Cáritas',
          district: 'PE150101',
          month: '2025-03',
          girls: null,
          women: null,
          reached: '5',
        },
      },
    ]);
  });

  it('refuses merged cells inside the table as an error located at the merged range', async () => {
    const xlsx = await buildSheet(
      [
        HEADER,
        ['Cáritas', 'PE150101', '2025-03', 30],
        [null, 'PE150102', '2025-03', null],
        [null, 'PE150103', '2025-03', null],
      ],
      (sheet) => {
        sheet.mergeCells('A2:A4');
        sheet.mergeCells('D2:D4');
      },
    );

    const table = await readTable(xlsx, { fields });

    const merged = table.problems.filter((problem) => problem.code === TABLE_PROBLEM_CODES.mergedCells);
    expect(merged).toEqual([
      expect.objectContaining({ severity: 'error', row: 2, column: 'A', range: 'A2:A4' }),
      expect.objectContaining({ severity: 'error', row: 2, column: 'D', range: 'D2:D4' }),
    ]);
    // The value is not copied into the covered cells: 30 people must not become 90.
    expect(table.rows.map((row) => row.cells.reached)).toEqual(['30', null, null]);
    expect(table.hasErrors).toBe(true);
  });

  it('takes the cached result of formulas and warns, located, about formulas without one', async () => {
    const xlsx = await buildSheet([
      HEADER,
      ['Cáritas', 'PE150101', '2025-03', { formula: 'SUM(10,20)', result: 30 }],
      ['HIAS', 'PE070101', '2025-03', { formula: 'SUM(1,2)' }],
      ['CARE', 'PE070101', '2025-03', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);

    const table = await readTable(xlsx, { fields });

    expect(table.rows.map((row) => row.cells.reached)).toEqual(['30', null, null]);
    expect(withoutOptionalMissing(table.problems)).toEqual([
      expect.objectContaining({
        code: TABLE_PROBLEM_CODES.formulaWithoutValue,
        severity: 'warning',
        row: 3,
        column: 'D',
        field: 'reached',
      }),
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.errorValue, severity: 'warning', row: 4, column: 'D' }),
    ]);
  });

  describe('sheets', () => {
    const workbook = () =>
      buildWorkbook((book) => {
        book.addWorksheet('Listas', { state: 'hidden' }).addRow(['Sector', 'Código']);
        book.addWorksheet('Reporte').addRows([HEADER, ['Cáritas', 'PE15', '2025-01', 1]]);
        book.addWorksheet('Metas').addRows([HEADER, ['HIAS', 'PE07', '2025-01', 2]]);
      });

    it('reads the first visible sheet by default', async () => {
      const table = await readTable(await workbook(), { fields });
      expect(table.sheetName).toBe('Reporte');
      expect(table.rows[0]?.cells.organisation).toBe('Cáritas');
    });

    it('reads a named sheet, case-insensitively', async () => {
      const table = await readTable(await workbook(), { fields, sheetName: 'metas' });
      expect(table.sheetName).toBe('Metas');
      expect(table.rows[0]?.cells.organisation).toBe('HIAS');
    });

    it('refuses a sheet name the workbook does not have, naming the sheets it has', async () => {
      const table = await readTable(await workbook(), { fields, sheetName: 'Hoja1' });
      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.sheetNotFound, severity: 'error' }),
      ]);
      expect(table.problems[0]?.message).toContain('"Reporte"');
      expect(table.rows).toEqual([]);
    });
  });

  describe('limits', () => {
    it('refuses too many rows', async () => {
      const rows = [HEADER, ...Array.from({ length: 10 }, (_, index) => ['A', 'PE15', '2025-01', index])];
      const table = await readTable(await buildSheet(rows), { fields, limits: { maxRows: 8 } });
      expect(table.problems).toEqual([expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooManyRows, row: 9 })]);
    });

    it('refuses too many columns, naming the column by letter', async () => {
      const table = await readTable(await buildSheet([HEADER, ['A', 'PE15', '2025-01', 1, 'x', 'y']]), {
        fields,
        limits: { maxColumns: 5 },
      });
      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooManyColumns, row: 2, column: 'F' }),
      ]);
    });

    it('refuses a workbook with more cells than the budget before parsing it', async () => {
      const rows = [HEADER, ...Array.from({ length: 10 }, () => ['A', 'PE15', '2025-01', 1])];
      const table = await readTable(await buildSheet(rows), { fields, limits: { maxCells: 40 } });
      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.tooManyCells, severity: 'error' }),
      ]);
      expect(table.problems[0]?.message).toContain('44 cells');
    });

    it('refuses an overlong cell, located by letter', async () => {
      const table = await readTable(await buildSheet([HEADER, ['A'.repeat(30), 'PE15', '2025-01', 1]]), {
        fields,
        limits: { maxCellLength: 20 },
      });
      expect(withoutOptionalMissing(table.problems)).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.cellTooLong, row: 2, column: 'A' }),
      ]);
    });
  });

  describe('zip bombs', () => {
    it('refuses an archive whose central directory declares a huge uncompressed size', async () => {
      const xlsx = await buildSheet([HEADER, ['A', 'PE15', '2025-01', 1]]);
      const bomb = patchDeclaredSize(xlsx, 'xl/worksheets/sheet1.xml', 0xfffffff0);

      const table = await readTable(bomb, { fields });

      expect(table.problems).toEqual([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.zipBomb, severity: 'error' }),
      ]);
      expect(table.rows).toEqual([]);
    });

    it('refuses an entry that inflates to more than it declares', async () => {
      const xlsx = await buildSheet([HEADER, ['A', 'PE15', '2025-01', 1]]);
      const liar = patchDeclaredSize(xlsx, 'xl/worksheets/sheet1.xml', 10);

      const table = await readTable(liar, { fields });

      expect(table.problems).toEqual([expect.objectContaining({ code: TABLE_PROBLEM_CODES.zipBomb })]);
      expect(table.problems[0]?.message).toContain('xl/worksheets/sheet1.xml');
    });

    it('refuses an entry compressed beyond any genuine ratio', async () => {
      const xlsx = await buildSheet([HEADER, ['A', 'PE15', '2025-01', 1]]);
      const sheet = readZipEntries(xlsx).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
      const declared = 4 * 1024 * 1024;
      const table = await readTable(patchDeclaredSize(xlsx, sheet.name, declared), { fields });
      expect(table.problems[0]).toMatchObject({ code: TABLE_PROBLEM_CODES.zipBomb });
      expect(table.problems[0]?.message).toContain(`${Math.round(declared / sheet.compressedSize)} to 1`);
    });
  });
});
