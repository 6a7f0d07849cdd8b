import { isHxlTag } from '../hxl/hxl-tag';

/** How far down title rows may push the header: templates carry a logo, a title and instructions. */
export const HEADER_SEARCH_ROWS = 25;

/** 0-based row indexes; the data starts on the row after the last of them. */
export interface TableHead {
  readonly headerRowIndex: number | null;
  readonly hxlRowIndex: number | null;
  readonly firstDataRowIndex: number;
}

type Row = readonly (string | null)[];

/**
 * Finds the header and the HXL hashtag row among the first rows. A hashtag row (every non-empty cell a
 * hashtag) wins wherever it is; the row just above it is its header when it has any text. Without one,
 * the header is the first row with at least two values, which skips one-cell title rows.
 */
export function locateHeader(rows: readonly Row[]): TableHead | undefined {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const hxlRowIndex = searched.findIndex(isHashtagRow);
  if (hxlRowIndex >= 0) {
    const above = hxlRowIndex > 0 ? rows[hxlRowIndex - 1] : undefined;
    const headerRowIndex = above !== undefined && nonEmptyCount(above) > 0 ? hxlRowIndex - 1 : null;
    return { headerRowIndex, hxlRowIndex, firstDataRowIndex: hxlRowIndex + 1 };
  }
  const headerRowIndex = searched.findIndex((row) => nonEmptyCount(row) >= 2);
  return headerRowIndex >= 0 ? { headerRowIndex, hxlRowIndex: null, firstDataRowIndex: headerRowIndex + 1 } : undefined;
}

function isHashtagRow(row: Row): boolean {
  let tags = 0;
  for (const cell of row) {
    if (cell === null) continue;
    if (!isHxlTag(cell)) return false;
    tags++;
  }
  return tags > 0;
}

function nonEmptyCount(row: Row): number {
  return row.reduce((count, cell) => (cell === null ? count : count + 1), 0);
}
