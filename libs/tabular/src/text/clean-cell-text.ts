const WHITESPACE_RUN = /\s+/g;

/**
 * Trims and collapses every run of whitespace (line breaks inside a cell, tabs, no-break spaces) into
 * one space; an empty result is `null`, so "no value" has one representation.
 */
export function cleanCellText(text: string): string | null {
  const cleaned = text.replace(WHITESPACE_RUN, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
