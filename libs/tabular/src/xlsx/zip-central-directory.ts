/**
 * Reads the central directory of a zip archive (PKWARE APPNOTE 6.3, sections 4.3.12-4.3.16, with the
 * ZIP64 records of 4.3.14-4.3.15 and extra field 0x0001): the list of entries with the sizes the archive
 * declares, read from the buffer without inflating anything.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; XLSX uses nothing else. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** CRC-32 of the uncompressed content, as the central directory declares it. */
  readonly crc32: number;
}

export class ZipFormatError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const ZIP64_EXTRA_FIELD = 0x0001;
/** A 16- or 32-bit field holding this value means "see the ZIP64 record". */
const USES_ZIP64_16 = 0xffff;
const USES_ZIP64_32 = 0xffffffff;

export function readZipEntries(zip: Buffer): ZipEntry[] {
  return readZipDirectory(zip).entries;
}

/** The entries and where the central directory starts (the end of the last entry's local record). */
export function readZipDirectory(zip: Buffer): { entries: ZipEntry[]; directoryOffset: number } {
  const endOffset = findEndOfCentralDirectory(zip);
  let entryCount = zip.readUInt16LE(endOffset + 10);
  let directorySize = zip.readUInt32LE(endOffset + 12);
  let directoryOffset = zip.readUInt32LE(endOffset + 16);
  if (entryCount === USES_ZIP64_16 || directorySize === USES_ZIP64_32 || directoryOffset === USES_ZIP64_32) {
    const zip64 = readZip64End(zip, endOffset);
    ({ entryCount, directorySize, directoryOffset } = zip64);
  }
  if (directoryOffset + directorySize > zip.length)
    throw new ZipFormatError('the central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    const entry = readCentralDirectoryHeader(zip, offset);
    entries.push(entry.entry);
    offset = entry.nextOffset;
  }
  return { entries, directoryOffset };
}

/** Where an entry's compressed bytes start, after its local header. */
export function entryDataOffset(zip: Buffer, entry: ZipEntry): number {
  const offset = entry.localHeaderOffset;
  requireBytes(zip, offset, 30);
  if (zip.readUInt32LE(offset) !== LOCAL_FILE_HEADER) throw new ZipFormatError(`no local header for ${entry.name}`);
  const dataOffset = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  requireBytes(zip, dataOffset, entry.compressedSize);
  return dataOffset;
}

/** Data descriptor follows the data: the local header then holds zeros for the checksum and sizes. */
const HAS_DATA_DESCRIPTOR = 0x08;
const ZIP64_MARKER = 0xffff_ffff;

/**
 * Streaming readers trust the local headers, reading at once trusts the central directory: a file
 * where the two differ would read differently depending on the reader, so it is refused.
 */
export function localHeaderAgrees(zip: Buffer, entry: ZipEntry): boolean {
  const offset = entry.localHeaderOffset;
  const nameLength = zip.readUInt16LE(offset + 26);
  if (zip.readUInt16LE(offset + 8) !== entry.method) return false;
  if (zip.toString('utf8', offset + 30, offset + 30 + nameLength) !== entry.name) return false;
  if ((zip.readUInt16LE(offset + 6) & HAS_DATA_DESCRIPTOR) !== 0) return true;
  const compressedSize = zip.readUInt32LE(offset + 18);
  const uncompressedSize = zip.readUInt32LE(offset + 22);
  if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER) return true;
  return (
    zip.readUInt32LE(offset + 14) === entry.crc32 &&
    compressedSize === entry.compressedSize &&
    uncompressedSize === entry.uncompressedSize
  );
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let offset = zip.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ZipFormatError('no end-of-central-directory record');
}

function readZip64End(zip: Buffer, endOffset: number) {
  const locatorOffset = endOffset - 20;
  if (locatorOffset < 0 || zip.readUInt32LE(locatorOffset) !== ZIP64_END_LOCATOR) {
    throw new ZipFormatError('a ZIP64 archive without its ZIP64 locator');
  }
  const recordOffset = safeNumber(zip.readBigUInt64LE(locatorOffset + 8));
  requireBytes(zip, recordOffset, 56);
  if (zip.readUInt32LE(recordOffset) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
    throw new ZipFormatError('the ZIP64 end record is missing');
  }
  return {
    entryCount: safeNumber(zip.readBigUInt64LE(recordOffset + 32)),
    directorySize: safeNumber(zip.readBigUInt64LE(recordOffset + 40)),
    directoryOffset: safeNumber(zip.readBigUInt64LE(recordOffset + 48)),
  };
}

function readCentralDirectoryHeader(zip: Buffer, offset: number): { entry: ZipEntry; nextOffset: number } {
  requireBytes(zip, offset, 46);
  if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) throw new ZipFormatError('a damaged central directory');
  const nameLength = zip.readUInt16LE(offset + 28);
  const extraLength = zip.readUInt16LE(offset + 30);
  const commentLength = zip.readUInt16LE(offset + 32);
  requireBytes(zip, offset + 46, nameLength + extraLength + commentLength);
  const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
  const extra = zip.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength);
  const zip64 = zip64Fields(extra, {
    uncompressedSize: zip.readUInt32LE(offset + 24),
    compressedSize: zip.readUInt32LE(offset + 20),
    localHeaderOffset: zip.readUInt32LE(offset + 42),
  });
  return {
    entry: { name, method: zip.readUInt16LE(offset + 10), crc32: zip.readUInt32LE(offset + 16), ...zip64 },
    nextOffset: offset + 46 + nameLength + extraLength + commentLength,
  };
}

type SizeFields = { uncompressedSize: number; compressedSize: number; localHeaderOffset: number };

/** The ZIP64 extra field holds, in this order, the 64-bit values of the fields that read 0xFFFFFFFF. */
function zip64Fields(extra: Buffer, fields: SizeFields): SizeFields {
  const result = { ...fields };
  for (let offset = 0; offset + 4 <= extra.length;) {
    const id = extra.readUInt16LE(offset);
    const size = extra.readUInt16LE(offset + 2);
    if (id === ZIP64_EXTRA_FIELD) {
      let position = offset + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (fields[key] !== USES_ZIP64_32) continue;
        if (position + 8 > offset + 4 + size || position + 8 > extra.length)
          throw new ZipFormatError('a short ZIP64 field');
        result[key] = safeNumber(extra.readBigUInt64LE(position));
        position += 8;
      }
    }
    offset += 4 + size;
  }
  return result;
}

function safeNumber(value: bigint): number {
  // Beyond 2^53 no real file exists; saturate so size checks still refuse it.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function requireBytes(zip: Buffer, offset: number, length: number): void {
  if (offset < 0 || offset + length > zip.length) throw new ZipFormatError('a record runs past the end of the file');
}
