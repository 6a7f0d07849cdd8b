import { stringify } from 'csv-stringify/sync';

import type { PreparedTable } from './prepared-table';

export function writeCsv(table: PreparedTable): Buffer {
  const text = stringify([...table.headerRows, ...table.rows], {
    bom: true,
    delimiter: ',',
    record_delimiter: '\r\n',
    cast: { number: (value) => String(value) },
  });
  return Buffer.from(text, 'utf8');
}
