import { Workbook, type Worksheet } from 'exceljs';

import type { TableField } from '../reading/table-field';

/** Builds an XLSX in memory, so tests describe their fixture instead of committing binaries. */
export async function buildWorkbook(fill: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet filled from rows of values, row 1 first. */
export async function buildSheet(
  rows: readonly (readonly unknown[])[],
  edit?: (sheet: Worksheet) => void,
): Promise<Buffer> {
  return buildWorkbook((workbook) => {
    const sheet = workbook.addWorksheet('Datos');
    rows.forEach((row, index) => {
      sheet.getRow(index + 1).values = [...row] as never;
    });
    edit?.(sheet);
  });
}

/** A small 4W-like field list used across the reading tests. */
export const ACTIVITY_FIELDS: readonly TableField[] = [
  {
    name: 'organisation',
    required: true,
    hxlTags: ['#org'],
    headers: { es: ['Organización', 'Socio'], en: ['Organisation', 'Partner'] },
  },
  { name: 'district', required: true, hxlTags: ['#adm3+code'], headers: { es: ['Distrito'], en: ['District'] } },
  { name: 'month', required: true, hxlTags: ['#date+month'], headers: { es: ['Mes'], en: ['Month'] } },
  { name: 'girls', hxlTags: ['#reached+f+children'], headers: { es: ['Niñas'], en: ['Girls'] } },
  { name: 'women', hxlTags: ['#reached+f+adults'], headers: { es: ['Mujeres'], en: ['Women'] } },
  {
    name: 'reached',
    required: true,
    hxlTags: ['#reached'],
    headers: { es: ['Total alcanzado', 'Alcanzados'], en: ['Reached'] },
  },
];
