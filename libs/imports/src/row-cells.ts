import {
  headerKey,
  normaliseCode,
  parseNonNegativeInteger,
  type CellLocation,
  type NumberFormat,
  type TableRow,
  type ValueResult,
} from '@coordination/tabular';
import type { ImportProblem } from './import-problem';

/** Stable codes of a row's values, shared by every importer. */
export const RowProblemCode = {
  MissingValue: 'IMPORT.MISSING_VALUE',
  UnknownValue: 'IMPORT.UNKNOWN_VALUE',
  InvalidCode: 'IMPORT.INVALID_CODE',
} as const;

export interface RowCellsContext {
  /** Where each field was found (its column label), as the table reader mapped it. */
  columns: Partial<Record<string, { column: string | number } | null>>;
  numberFormat: NumberFormat;
}

/** Texts (codes, Spanish and English labels) that name each choice, keyed as headers are compared. */
export function choiceMap<Code extends string>(
  codes: readonly Code[],
  labels: Readonly<Record<Code, { es: string; en: string }>>,
): Map<string, Code> {
  return new Map(
    codes.flatMap((code) => [code, labels[code].es, labels[code].en].map((text) => [headerKey(text), code])),
  );
}

/**
 * Reads one row's cells into values, collecting every problem of the row (all at once, so one pass
 * fixes the file), each located at its row, column and field.
 */
export class RowCells<Field extends string> {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly row: TableRow,
    private readonly context: RowCellsContext,
  ) {}

  get rowNumber(): number {
    return this.row.rowNumber;
  }

  text(field: Field): string | null {
    return this.row.cells[field] ?? null;
  }

  /** Where a field's value sits, as problems name it. */
  at(field: Field): Pick<ImportProblem, 'row' | 'column' | 'field'> {
    const column = this.context.columns[field]?.column;
    return { row: this.row.rowNumber, column: column === undefined ? null : String(column), field };
  }

  /** Where a field's value sits, as the table's value parsers take it. */
  cellAt(field: Field): CellLocation {
    return { row: this.row.rowNumber, column: this.context.columns[field]?.column, field };
  }

  problem(field: Field, code: string, message: string): void {
    this.problems.push({ ...this.at(field), code, severity: 'error', message });
  }

  value<T>(field: Field, result: ValueResult<T>): T | null {
    if (result.ok) return result.value;
    this.problems.push({
      ...this.at(field),
      code: result.problem.code,
      severity: 'error',
      message: result.problem.message,
    });
    return null;
  }

  /** `read` when the cell held a value; a missing value is a problem of its own. */
  required<T>(field: Field, read: T | null): T | null {
    if (read === null && this.text(field) === null) {
      this.problem(field, RowProblemCode.MissingValue, `${field} is required`);
    }
    return read;
  }

  count(field: Field): number | null {
    return this.value(field, parseNonNegativeInteger(this.text(field), this.cellAt(field), this.context.numberFormat));
  }

  /** One of `options` named by its code or label in either language, whatever the case and accents. */
  chosen<Code extends string>(field: Field, options: Map<string, Code>): Code | null {
    const text = this.text(field);
    if (text === null) return null;
    const code = options.get(headerKey(text)) ?? options.get(headerKey(normaliseCode(text)!.replace(/[\s-]+/g, '_')));
    if (!code) {
      this.problem(
        field,
        RowProblemCode.UnknownValue,
        `'${text}' is not one of ${[...new Set(options.values())].join(', ')}`,
      );
    }
    return code ?? null;
  }
}
