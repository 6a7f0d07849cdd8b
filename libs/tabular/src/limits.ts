/**
 * Bounds against hostile or accidental input. Each breach is an error with its own code, reported
 * before the work it protects is done wherever the format allows it.
 */
export interface TableLimits {
  /** Size of the uploaded bytes (`TABLE.TOO_LARGE`). */
  readonly maxInputBytes: number;
  /** Rows, title rows included: CSV records, XLSX rows up to the last one holding a value (`TABLE.TOO_MANY_ROWS`). */
  readonly maxRows: number;
  /** Last column holding a value in any row (`TABLE.TOO_MANY_COLUMNS`). */
  readonly maxColumns: number;
  /** Characters in one cell before trimming (`TABLE.CELL_TOO_LONG`). */
  readonly maxCellLength: number;
  /**
   * XLSX: cells in all worksheets together, counted before parsing (`TABLE.TOO_MANY_CELLS`). exceljs keeps
   * an object of about 550 bytes per cell, so this bounds memory: 4 million cells is about 2.2 GB.
   */
  readonly maxCells: number;
  /** XLSX: sum of the uncompressed sizes the zip declares, and the most any entry may inflate to. */
  readonly maxUncompressedBytes: number;
  /**
   * XLSX: uncompressed / compressed size of one entry. Deflate cannot exceed about 1032:1, and sheet XML
   * compresses well under 100:1, so anything near the limit is a crafted archive.
   */
  readonly maxCompressionRatio: number;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = {
  maxInputBytes: 25 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
  maxCellLength: 10_000,
  /** 200,000 rows of a 20-column 4W sheet. */
  maxCells: 4_000_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 500,
};
