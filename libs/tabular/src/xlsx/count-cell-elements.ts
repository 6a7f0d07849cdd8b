const CELL_WITH_ATTRIBUTES = Buffer.from('<c ');
const CELL_WITHOUT_ATTRIBUTES = Buffer.from('<c>');

/** Worksheet parts of the archive: `xl/worksheets/sheet1.xml`, not their `_rels`. */
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Counts `<c>` elements in worksheet XML by byte search, without parsing: cheap enough to run before an
 * XML parser turns each cell into an object. `<col>`, `<cfRule>` and other `<c…` tags do not match.
 */
export function countCellElements(xml: Buffer): number {
  return countOccurrences(xml, CELL_WITH_ATTRIBUTES) + countOccurrences(xml, CELL_WITHOUT_ATTRIBUTES);
}

function countOccurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
