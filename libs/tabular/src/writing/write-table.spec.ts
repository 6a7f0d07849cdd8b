import { Workbook } from 'exceljs';

import { readTable } from '../reading/read-table';
import type { TableField } from '../reading/table-field';
import { writeColumnsFor, type TableRecord } from './write-column';
import { writeTable, type TableWriteFormat } from './write-table';

const fields: TableField[] = [
  { name: 'organisation', required: true, hxlTags: ['#org'], headers: { es: ['Organización'], en: ['Organisation'] } },
  { name: 'note', hxlTags: ['#description'], headers: { es: ['Nota'], en: ['Note'] } },
  { name: 'girls', hxlTags: ['#reached +f +children'], headers: { es: ['Niñas'], en: ['Girls'] } },
  { name: 'change', hxlTags: ['#value+change'], headers: { es: ['Cambio'], en: ['Change'] } },
];
const columns = writeColumnsFor(fields);

/** Texts a spreadsheet would run as formulas, texts that merely look like them, and plain values. */
const rows: TableRecord[] = [
  { organisation: 'Cáritas del Perú', note: '=HYPERLINK("http://x")', girls: 12, change: -5 },
  { organisation: '@org', note: '+51 999 888 777', girls: 0, change: '-5' },
  { organisation: "'=already quoted", note: "'plain quote", girls: null, change: 0.25 },
  { organisation: 'Coma, "comillas"', note: '-', girls: 1234567, change: null },
];
/** What reading gives back: text, numbers as JavaScript writes them, `null` for empty. */
const expectedCells = [
  { organisation: 'Cáritas del Perú', note: '=HYPERLINK("http://x")', girls: '12', change: '-5' },
  { organisation: '@org', note: '+51 999 888 777', girls: '0', change: '-5' },
  { organisation: "'=already quoted", note: "'plain quote", girls: null, change: '0.25' },
  { organisation: 'Coma, "comillas"', note: '-', girls: '1234567', change: null },
];

describe('writeTable', () => {
  it.each<[TableWriteFormat, boolean]>([
    ['csv', false],
    ['hxl-csv', false],
    ['xlsx', false],
    ['xlsx', true],
  ])('round-trips %s (hxl row: %s) to the same values', async (format, hxl) => {
    const file = await writeTable(rows, columns, format, { hxl });
    const table = await readTable(file, { fields });

    expect(table.rows.map((row) => row.cells)).toEqual(expectedCells);
    expect(table.rows[0]?.rowNumber).toBe(format === 'hxl-csv' || hxl ? 3 : 2);
    expect(table.problems).toEqual([]);
    const matchedBy = format === 'hxl-csv' || hxl ? 'hxl' : 'header';
    expect(Object.values(table.columns).map((column) => column?.matchedBy)).toEqual(fields.map(() => matchedBy));
  });

  it('writes CSV as UTF-8 with BOM and commas, quoting formula-like text but not numbers', async () => {
    const csv = (await writeTable(rows.slice(0, 2), columns, 'csv')).toString('utf8');
    expect(csv.startsWith('\uFEFFOrganización,Nota,Niñas,Cambio\r\n')).toBe(true);
    expect(csv).toContain(`Cáritas del Perú,"'=HYPERLINK(""http://x"")",12,-5\r\n`);
    expect(csv).toContain(`'@org,'+51 999 888 777,0,'-5\r\n`);
  });

  it('writes the header and then the normalised hashtag row for hxl-csv, in the chosen language', async () => {
    const csv = (await writeTable([], columns, 'hxl-csv', { language: 'en' })).toString('utf8');
    expect(csv).toBe('\uFEFFOrganisation,Note,Girls,Change\r\n#org,#description,#reached+children+f,#value+change\r\n');
  });

  it('writes XLSX with a bold header, numbers as numbers and escaped text as text', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await writeTable(rows, columns, 'xlsx', { hxl: true, sheetName: 'Reporte' })) as never);
    const sheet = workbook.getWorksheet('Reporte')!;
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('C2').value).toBe('#reached+children+f');
    expect(sheet.getCell('B3').value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getCell('C3').value).toBe(12);
    expect(sheet.getCell('D3').value).toBe(-5);
  });

  it('refuses non-finite numbers and invalid tags as caller bugs', async () => {
    await expect(writeTable([{ girls: Number.NaN }], columns, 'csv')).rejects.toThrow(RangeError);
    await expect(
      writeTable([], [{ field: 'x', header: { es: 'X', en: 'X' }, hxlTag: 'not a tag' }], 'hxl-csv'),
    ).rejects.toThrow(TypeError);
  });
});
