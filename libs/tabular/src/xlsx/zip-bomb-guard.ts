import { crc32, inflateRawSync } from 'node:zlib';

import type { TableLimits } from '../limits';
import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { countCellElements, WORKSHEET_PART } from './count-cell-elements';
import {
  entryDataOffset,
  localHeaderAgrees,
  readZipEntries,
  ZipFormatError,
  type ZipEntry,
} from './zip-central-directory';

const STORED = 0;
const DEFLATED = 8;
/** Small entries may compress absurdly well (an empty sheet); the ratio only matters for big ones. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/** An XLSX holds a few dozen parts; hundreds of thousands of entries only exhaust the reader. */
const MAX_ENTRIES = 10_000;

/**
 * Checks an XLSX archive before exceljs sees it, since it inflates everything and makes an object of
 * every cell: the declared total and per-entry ratio must be sane, each entry must really inflate to no
 * more than it declares (a crafted archive can declare small sizes and inflate to gigabytes), and the
 * worksheets together must hold no more than `maxCells` cells. Inflating is capped at the declared size,
 * so the check itself cannot be bombed. Returns the fatal problem, if any.
 */
export function checkXlsxArchive(
  zip: Buffer,
  limits: TableLimits,
  /** Sees each worksheet part once inflated (and checked), for readers that need more than exceljs gives. */
  onWorksheet?: (name: string, content: Buffer) => void,
): TableProblem | undefined {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zip);
  } catch (error) {
    if (error instanceof ZipFormatError) {
      return unreadable(`The file starts like XLSX but is a damaged zip: ${error.message}.`);
    }
    throw error;
  }
  if (entries.length > MAX_ENTRIES) return zipBomb(`The archive declares ${entries.length} entries.`);
  const declaredTotal = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (declaredTotal > limits.maxUncompressedBytes) {
    return zipBomb(
      `The workbook would unpack to ${megabytes(declaredTotal)} MB; at most ${megabytes(limits.maxUncompressedBytes)} MB are accepted.`,
    );
  }
  let cells = 0;
  for (const entry of entries) {
    const ratioProblem = checkEntryRatio(entry, limits);
    if (ratioProblem !== undefined) return ratioProblem;
    const inflated = inflateEntry(zip, entry);
    if ('problem' in inflated) return inflated.problem;
    // A damaged archive can still inflate: only the declared size and checksum tell it apart.
    if (inflated.content.length !== entry.uncompressedSize || crc32(inflated.content) !== entry.crc32) {
      return unreadable(`The file is a damaged zip: ${entry.name} does not match its size or checksum.`);
    }
    if (!localHeaderAgrees(zip, entry)) {
      return unreadable(
        `The file is a damaged zip: the local header of ${entry.name} disagrees with the central directory.`,
      );
    }
    if (WORKSHEET_PART.test(entry.name)) {
      cells += countCellElements(inflated.content);
      onWorksheet?.(entry.name, inflated.content);
    }
  }
  if (cells > limits.maxCells) {
    return tableProblem(
      TABLE_PROBLEM_CODES.tooManyCells,
      'error',
      `The workbook's sheets hold ${cells} cells; at most ${limits.maxCells} are accepted. Split the file.`,
    );
  }
  return undefined;
}

function checkEntryRatio(entry: ZipEntry, limits: TableLimits): TableProblem | undefined {
  if (entry.uncompressedSize < RATIO_CHECK_FROM_BYTES) return undefined;
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  return ratio > limits.maxCompressionRatio
    ? zipBomb(`${entry.name} is compressed ${Math.round(ratio)} to 1; no genuine workbook part is.`)
    : undefined;
}

function inflateEntry(zip: Buffer, entry: ZipEntry): { content: Buffer } | { problem: TableProblem } {
  try {
    const dataOffset = entryDataOffset(zip, entry);
    const data = zip.subarray(dataOffset, dataOffset + entry.compressedSize);
    if (entry.method === STORED) {
      return entry.compressedSize === entry.uncompressedSize
        ? { content: data }
        : { problem: unreadable(`The file is a damaged zip: stored entry ${entry.name} has inconsistent sizes.`) };
    }
    if (entry.method !== DEFLATED) {
      return { problem: unreadable(`The file uses zip compression method ${entry.method}, not XLSX's.`) };
    }
    return { content: inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }) };
  } catch (error) {
    if (error instanceof ZipFormatError) return { problem: unreadable(`The file is a damaged zip: ${error.message}.`) };
    if (isOutputLimitError(error)) {
      return {
        problem: zipBomb(`${entry.name} unpacks to more than the ${entry.uncompressedSize} bytes it declares.`),
      };
    }
    return { problem: unreadable(`The file is a damaged zip: ${entry.name} cannot be inflated.`) };
  }
}

function isOutputLimitError(error: unknown): boolean {
  // By code, not class: under test runners Node's internal RangeError is not the global one.
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function zipBomb(message: string): TableProblem {
  return tableProblem(TABLE_PROBLEM_CODES.zipBomb, 'error', `${message} The file was refused unopened.`);
}

function unreadable(message: string): TableProblem {
  return tableProblem(TABLE_PROBLEM_CODES.unreadable, 'error', message);
}
