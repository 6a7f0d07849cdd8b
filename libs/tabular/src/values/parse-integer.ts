import type { CellLocation } from '../problems/table-problem';
import { VALUE_PROBLEM_CODES } from '../problems/table-problem';
import { POINT_DECIMAL, type NumberFormat } from '../reading/number-format';
import { isBlank, valueError, valueOk, type ValueResult } from './value-result';

/** Spaces, no-break spaces and thin spaces group thousands in either convention (`1 234`). */
const SPACE_GROUPING = /[\s\u202F]+/g;

/**
 * A whole number such as a count of people. Digits may be grouped by the file's thousands separator
 * (`1,234` in a `1,234.5` file, `1.234` in a `1.234,5` file) or by spaces. Anything with a decimal part
 * is refused, `12.0` included: people counts are whole, and a decimal usually means a wrong column or
 * a wrong locale guess, which must not be rounded away silently.
 */
export function parseInteger(
  text: string | null | undefined,
  location: CellLocation = {},
  numberFormat: NumberFormat = POINT_DECIMAL,
): ValueResult<number> {
  if (isBlank(text)) return valueOk(null);
  const compact = text.trim().replace(SPACE_GROUPING, '');
  const { thousandsSeparator: thousands, decimalSeparator: decimal } = numberFormat;
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${escapeForRegExp(thousands)}\\d{3})+$`);
  const digits = /^[+-]?\d+$/.test(compact)
    ? compact
    : grouped.test(compact)
      ? compact.split(thousands).join('')
      : undefined;
  if (digits !== undefined) {
    const value = Number(digits);
    if (!Number.isSafeInteger(value)) {
      return valueError(VALUE_PROBLEM_CODES.outOfRange, `"${text}" is too large to be a count.`, location);
    }
    return valueOk(value === 0 ? 0 : value);
  }
  const decimalNumber = new RegExp(
    `^[+-]?(\\d{1,3}(${escapeForRegExp(thousands)}\\d{3})+|\\d*)${escapeForRegExp(decimal)}\\d+$`,
  );
  if (decimalNumber.test(compact)) {
    return valueError(VALUE_PROBLEM_CODES.notInteger, `"${text}" is not a whole number.`, location);
  }
  return valueError(
    VALUE_PROBLEM_CODES.notANumber,
    `"${text}" is not a number written as ${example(numberFormat)}.`,
    location,
  );
}

/** {@link parseInteger}, refusing negative numbers with `VALUE.NEGATIVE`. */
export function parseNonNegativeInteger(
  text: string | null | undefined,
  location: CellLocation = {},
  numberFormat: NumberFormat = POINT_DECIMAL,
): ValueResult<number> {
  const result = parseInteger(text, location, numberFormat);
  if (result.ok && result.value !== null && result.value < 0) {
    return valueError(VALUE_PROBLEM_CODES.negative, `"${text}" is negative; a count cannot be.`, location);
  }
  return result;
}

function example(numberFormat: NumberFormat): string {
  return numberFormat.thousandsSeparator === ',' ? '1234 or 1,234' : '1234 or 1.234';
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
