import { DEFAULT_TABLE_LIMITS } from '../limits';
import { TABLE_PROBLEM_CODES } from '../problems/table-problem';
import { buildSheet } from '../test-support/workbook-fixtures';
import { checkXlsxArchive } from './zip-bomb-guard';
import { readZipEntries, ZipFormatError } from './zip-central-directory';

/** One stored entry, its sizes in a ZIP64 extra field, as APPNOTE 4.5.3 lays it out. */
function zip64Archive(name: string, declaredUncompressedSize: bigint): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(fileName.length, 26);
  const extra = Buffer.alloc(4 + 16);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(declaredUncompressedSize, 4);
  extra.writeBigUInt64LE(0n, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt16LE(extra.length, 30);
  const directoryOffset = local.length + fileName.length;
  const directory = Buffer.concat([central, fileName, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, fileName, directory, end]);
}

describe('zip central directory', () => {
  it('lists the entries of a real XLSX with their declared sizes', async () => {
    const entries = readZipEntries(await buildSheet([['a', 'b']]));
    const sheet = entries.find((entry) => entry.name === 'xl/worksheets/sheet1.xml');
    expect(entries.map((entry) => entry.name)).toContain('xl/workbook.xml');
    expect(sheet).toMatchObject({ method: 8 });
    expect(sheet!.uncompressedSize).toBeGreaterThan(sheet!.compressedSize);
  });

  it('reads 64-bit sizes from the ZIP64 extra field and refuses them as a zip bomb', () => {
    const archive = zip64Archive('xl/worksheets/sheet1.xml', 5n * 1024n ** 3n);
    expect(readZipEntries(archive)[0]).toMatchObject({ uncompressedSize: 5 * 1024 ** 3, compressedSize: 0 });
    expect(checkXlsxArchive(archive, DEFAULT_TABLE_LIMITS)).toMatchObject({ code: TABLE_PROBLEM_CODES.zipBomb });
  });

  it('refuses a truncated archive as a format error, not a crash', async () => {
    const xlsx = await buildSheet([['a', 'b']]);
    expect(() => readZipEntries(xlsx.subarray(0, xlsx.length - 30))).toThrow(ZipFormatError);
    expect(checkXlsxArchive(xlsx.subarray(0, 100), DEFAULT_TABLE_LIMITS)).toMatchObject({
      code: TABLE_PROBLEM_CODES.unreadable,
    });
  });

  it('accepts a genuine workbook', async () => {
    expect(checkXlsxArchive(await buildSheet([['a', 'b']]), DEFAULT_TABLE_LIMITS)).toBeUndefined();
  });
});
