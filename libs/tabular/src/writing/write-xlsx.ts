import { Workbook } from 'exceljs';

import type { PreparedTable } from './prepared-table';

export async function writeXlsx(table: PreparedTable, sheetName: string): Promise<Buffer> {
  const workbook = new Workbook();
  const headerCount = table.headerRows.length;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: headerCount }] });
  for (const headerRow of table.headerRows) sheet.addRow([...headerRow]);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
