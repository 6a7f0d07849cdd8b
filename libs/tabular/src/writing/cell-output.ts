import { escapeFormulaText } from '../injection/formula-injection';
import type { TableCellValue } from './write-column';

/**
 * The value a cell is written with: numbers as numbers, text with the formula-injection quote when it
 * needs one, nothing for `null`. Non-finite numbers are a caller bug, not data.
 */
export function cellOutput(value: TableCellValue, field: string): string | number | null {
  if (value == null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Field "${field}" has the non-finite number ${value}`);
    return value;
  }
  return escapeFormulaText(value);
}
