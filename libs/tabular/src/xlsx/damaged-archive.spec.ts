import { TABLE_PROBLEM_CODES } from '../problems/table-problem';
import { TABLE_READERS } from '../test-support/table-readers';
import { ACTIVITY_FIELDS, buildSheet } from '../test-support/workbook-fixtures';
import { readZipEntries } from './zip-central-directory';

/** Found by the hostile-input suite: damage that one reader noticed and the other read through. */
describe.each(TABLE_READERS)('%s on a damaged workbook', (_name, read) => {
  let workbook: Buffer;

  beforeAll(async () => {
    workbook = await buildSheet([
      ['Organización', 'Distrito', 'Mes', 'Total alcanzado'],
      ['ACNUR', 'PE150101', '2025-01', 3],
    ]);
  });

  const sheetEntry = () => readZipEntries(workbook).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;

  it('refuses a sheet whose compressed bytes were altered (wrong size or checksum once inflated)', async () => {
    const damaged = Buffer.from(workbook);
    const entry = sheetEntry();
    const dataStart = entry.localHeaderOffset + 30 + damaged.readUInt16LE(entry.localHeaderOffset + 26);
    damaged[dataStart + Math.floor(entry.compressedSize / 2)] ^= 0x5a;

    const table = await read(damaged, { fields: ACTIVITY_FIELDS });

    expect(table.rows).toEqual([]);
    expect(table.problems).toHaveLength(1);
    // Inflating more than declared is refused as a bomb, anything else as unreadable.
    expect([TABLE_PROBLEM_CODES.unreadable, TABLE_PROBLEM_CODES.zipBomb]).toContain(table.problems[0]!.code);
  });

  it('refuses an entry whose local header declares other sizes than the central directory', async () => {
    const damaged = Buffer.from(workbook);
    const entry = sheetEntry();
    damaged.writeUInt32LE(entry.uncompressedSize + 1, entry.localHeaderOffset + 22);

    const table = await read(damaged, { fields: ACTIVITY_FIELDS });

    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      expect.objectContaining({
        code: TABLE_PROBLEM_CODES.unreadable,
        message: expect.stringContaining('local header'),
      }),
    ]);
  });
});
