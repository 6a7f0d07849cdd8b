import { startsWithBytes } from './starts-with-bytes';

/** What the first bytes say the input is; a file name or MIME type is never trusted. */
export type DetectedFormat = 'xlsx' | 'legacy-office' | 'text';

const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: .xls and other pre-2007 Office formats. */
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFormat(input: Buffer): DetectedFormat {
  if (startsWithBytes(input, ZIP_LOCAL_FILE) || startsWithBytes(input, ZIP_EMPTY_ARCHIVE)) return 'xlsx';
  if (startsWithBytes(input, OLE_COMPOUND_FILE)) return 'legacy-office';
  return 'text';
}
