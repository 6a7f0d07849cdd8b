import type { CellValue } from 'exceljs';

import { TABLE_PROBLEM_CODES, type TableProblemCode } from '../problems/table-problem';

/** A cell's value as text, or the reason it has none that the user should hear about. */
export type XlsxCellText =
  | { readonly text: string }
  | { readonly text: null; readonly note?: { readonly code: TableProblemCode; readonly message: string } };

const EMPTY: XlsxCellText = { text: null };

/**
 * Text of an exceljs cell value: numbers as JavaScript writes them (`1234.5`, no grouping), dates as ISO
 * (`2025-03-15`, or with the time when there is one; Excel dates carry no zone), rich text and hyperlinks
 * as their plain text, formulas as their cached result. A formula without a cached result (a file written
 * by a tool that does not calculate) and error values (`#N/A`) come back empty with a note.
 */
export function xlsxCellText(value: CellValue): XlsxCellText {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: String(value) };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (value instanceof Date) return { text: isoDateText(value) };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return errorValue(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) {
      return {
        text: null,
        note: {
          code: TABLE_PROBLEM_CODES.formulaWithoutValue,
          message: 'The cell has a formula but no calculated value; open and save the file in Excel to calculate it.',
        },
      };
    }
    return xlsxCellText(value.result);
  }
  if ('hyperlink' in value) return xlsxCellText(value.text as CellValue);
  return EMPTY;
}

function errorValue(error: string): XlsxCellText {
  return {
    text: null,
    note: { code: TABLE_PROBLEM_CODES.errorValue, message: `The cell shows the error ${error}; it was read as empty.` },
  };
}

function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Excel stores times as fractions of a day; float error can land a millisecond off the second.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const iso = rounded.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
