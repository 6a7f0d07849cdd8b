import * as iconv from 'iconv-lite';

import { startsWithBytes } from '../format/starts-with-bytes';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Enough of the start of a file to tell text from binary without scanning megabytes of noise. */
const SAMPLE_CHARACTERS = 64 * 1024;
/** Real CSV has no control characters besides tab and line breaks; binary data has about one in ten. */
const MAX_CONTROL_CHARACTER_SHARE = 0.01;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Decodes spreadsheet text the way Excel users produce it: a BOM decides (UTF-8, UTF-16 LE/BE); without
 * one, bytes that are valid UTF-8 are UTF-8, anything else is Windows-1252 (the superset of Latin-1 that
 * Excel on Spanish Windows writes). Text full of control characters is refused as not text at all.
 */
export function decodeText(input: Buffer): DecodedText {
  const decoded = decodeByBom(input) ?? decodeWithoutBom(input);
  const reason = binaryReason(decoded.text);
  return reason === undefined ? { ok: true, ...decoded } : { ok: false, reason };
}

function decodeByBom(input: Buffer): { text: string; encoding: TextEncoding } | undefined {
  if (startsWithBytes(input, UTF8_BOM)) {
    const text = strictUtf8(input.subarray(UTF8_BOM.length));
    return { text: text ?? iconv.decode(input.subarray(UTF8_BOM.length), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (startsWithBytes(input, UTF16LE_BOM))
    return { text: iconv.decode(input.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWithBytes(input, UTF16BE_BOM))
    return { text: iconv.decode(input.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return undefined;
}

function decodeWithoutBom(input: Buffer): { text: string; encoding: TextEncoding } {
  const text = strictUtf8(input);
  return text === undefined
    ? { text: iconv.decode(input, 'windows-1252'), encoding: 'windows-1252' }
    : { text, encoding: 'utf-8' };
}

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function binaryReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'it contains NUL characters, so it is binary data, not text';
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  const controlCharacters = sample.match(CONTROL_CHARACTER)?.length ?? 0;
  if (controlCharacters > sample.length * MAX_CONTROL_CHARACTER_SHARE) {
    return 'it is full of control characters, so it is binary data, not text';
  }
  return undefined;
}
