import { domainError } from '@coordination/graphql';

/** Largest file accepted, decoded: what libs/tabular reads by default, about 100,000 rows of CSV. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Stable codes of an upload refused before any row is read. */
export const UploadErrorCode = {
  FileTooLarge: 'IMPORT.FILE_TOO_LARGE',
  NotBase64: 'IMPORT.NOT_BASE64',
} as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a file sent inline as base64 (GraphQL imports), refused with the field at fault when
 * too large or not base64. The size is checked before decoding, so an oversized upload costs no more
 * memory than it already took.
 */
export function decodeUploadedFile(contentBase64: string, field = 'input.contentBase64'): Buffer {
  const encoded = contentBase64.replace(/\s+/g, '');
  const approximateBytes = Math.floor((encoded.length * 3) / 4);
  if (approximateBytes > MAX_IMPORT_BYTES + 2) throw fileTooLarge(approximateBytes, field);
  if (!BASE64.test(encoded) || encoded.length % 4 === 1) {
    throw domainError(UploadErrorCode.NotBase64, 'contentBase64 is not base64-encoded content', field);
  }
  const content = Buffer.from(encoded, 'base64');
  if (content.length > MAX_IMPORT_BYTES) throw fileTooLarge(content.length, field);
  return content;
}

function fileTooLarge(bytes: number, field: string) {
  return domainError(
    UploadErrorCode.FileTooLarge,
    `The file has ${bytes} bytes; at most ${MAX_IMPORT_BYTES} can be imported at once (split it by month or region)`,
    field,
  );
}
