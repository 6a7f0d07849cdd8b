import { VALUE_PROBLEM_CODES, type CellLocation } from '../problems/table-problem';
import { MONTH_BY_NAME } from './month-names';
import { isBlank, valueError, valueOk, type ValueResult } from './value-result';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
/** Excel's day 0 (its serial dates count from 1899-12-30, which absorbs its fictitious 29 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type Month = { year: number; month: number };

/** Numeric layouts, tried in order; each returns year and month or nothing. */
const NUMERIC_LAYOUTS: readonly ((text: string) => Month | undefined)[] = [
  // 2025-03, 2025/3, 2025-03-15, 2025-03-15T10:00:00
  (text) => match(text, /^(\d{4})[-/.](\d{1,2})([-/.]\d{1,2}(T[\d:.]+Z?)?)?$/, 1, 2),
  // 202503
  (text) => match(text, /^(\d{4})(\d{2})$/, 1, 2),
  // 03/2025, 3-2025
  (text) => match(text, /^(\d{1,2})[-/.](\d{4})$/, 2, 1),
  // 15/03/2025: day first, as written in Peru
  (text) => match(text, /^\d{1,2}[-/.](\d{1,2})[-/.](\d{4})$/, 2, 1),
  excelSerialDate,
];

/**
 * A reporting month, returned as `YYYY-MM`. Accepts `2025-03`, `202503`, `03/2025`, dates (`2025-03-15`,
 * day-first `15/03/2025`, the ISO text `readTable` makes of Excel dates), Excel serial day numbers of
 * 1990-2100, and month names in Spanish or English with the year before or after (`marzo 2025`,
 * `Marzo de 2025`, `mar-25`, `March 2025`, `2025 setiembre`). A two-digit year is only read after a
 * month name, as Excel's `mmm-yy` format writes it, and means 20YY.
 */
export function parseMonth(text: string | null | undefined, location: CellLocation = {}): ValueResult<string> {
  if (isBlank(text)) return valueOk(null);
  const trimmed = text.trim();
  for (const layout of NUMERIC_LAYOUTS) {
    const found = layout(trimmed);
    if (found !== undefined) return checked(found, text, location);
  }
  const named = namedMonth(trimmed);
  if (named !== undefined) return checked(named, text, location);
  return valueError(
    VALUE_PROBLEM_CODES.invalidMonth,
    `"${text}" is not a month; write it as 2025-03, 03/2025 or marzo 2025.`,
    location,
  );
}

function match(text: string, pattern: RegExp, yearGroup: number, monthGroup: number): Month | undefined {
  const groups = pattern.exec(text);
  return groups === null ? undefined : { year: Number(groups[yearGroup]), month: Number(groups[monthGroup]) };
}

function excelSerialDate(text: string): Month | undefined {
  if (!/^\d{5}(\.\d+)?$/.test(text)) return undefined;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(Number(text)) * DAY_MS);
  const month = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
  return month.year >= MIN_YEAR && month.year <= MAX_YEAR ? month : undefined;
}

function namedMonth(text: string): Month | undefined {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(de|del|of)\b/g, ' ')
    .split(/[\s\-/.,']+/)
    .filter((word) => word !== '');
  if (words.length !== 2) return undefined;
  const [first, second] = words as [string, string];
  const nameFirst = MONTH_BY_NAME.get(first);
  if (nameFirst !== undefined && /^\d{2}$|^\d{4}$/.test(second)) return { year: fullYear(second), month: nameFirst };
  const nameSecond = MONTH_BY_NAME.get(second);
  if (nameSecond !== undefined && /^\d{4}$/.test(first)) return { year: Number(first), month: nameSecond };
  return undefined;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function checked(found: Month, text: string, location: CellLocation): ValueResult<string> {
  if (found.month < 1 || found.month > 12) {
    return valueError(VALUE_PROBLEM_CODES.invalidMonth, `"${text}" has no month ${found.month}.`, location);
  }
  if (found.year < MIN_YEAR || found.year > MAX_YEAR) {
    return valueError(
      VALUE_PROBLEM_CODES.invalidMonth,
      `"${text}" is in ${found.year}; reporting months lie between ${MIN_YEAR} and ${MAX_YEAR}.`,
      location,
    );
  }
  return valueOk(`${found.year}-${String(found.month).padStart(2, '0')}`);
}
