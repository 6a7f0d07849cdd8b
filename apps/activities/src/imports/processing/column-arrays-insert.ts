import type { EntityManager } from 'typeorm';
import { joinJsonDocuments, splitJsonDocuments } from '@coordination/database';

/** A column and its PostgreSQL type, which its parameter is cast to. */
export interface TypedColumn {
  readonly name: string;
  readonly type: 'text' | 'uuid' | 'int' | 'jsonb' | 'timestamptz';
}

/**
 * How one column travels: `array` one value per row (jsonb: one text of JSON documents, see
 * {@link joinJsonDocuments}), `same` one value for every row of the chunk.
 */
type ColumnParameter =
  | { readonly column: TypedColumn; readonly kind: 'array'; readonly value: unknown }
  | { readonly column: TypedColumn; readonly kind: 'same'; readonly value: unknown };

/** Rows turned into one parameter per column, ready for {@link insertColumnArrays}. */
export interface ColumnArrays {
  readonly table: string;
  readonly count: number;
  readonly parameters: readonly ColumnParameter[];
}

/**
 * Turns rows into one parameter per column. `values` gives each row's values in `columns` order. A
 * column holding one value in every row (an import's status, actor, times, often its organisation and
 * modality) is sent once instead of as an array, which spares PostgreSQL parsing half the arrays of a
 * chunk; the first column always goes as an array, so the rows are counted by it. Done apart from the
 * insert so the next chunk can be prepared while the last one is written.
 */
export function columnArrays<Row>(
  table: string,
  columns: readonly TypedColumn[],
  rows: readonly Row[],
  values: (row: Row) => readonly unknown[],
): ColumnArrays {
  const arrays: unknown[][] = columns.map(() => new Array<unknown>(rows.length));
  rows.forEach((row, rowIndex) => {
    const rowValues = values(row);
    columns.forEach((_column, columnIndex) => (arrays[columnIndex]![rowIndex] = rowValues[columnIndex] ?? null));
  });
  const parameters = columns.map((column, index): ColumnParameter => {
    const array = arrays[index]!;
    if (index > 0 && array.length > 0 && array.every((value) => sameValue(value, array[0]))) {
      const value = array[0];
      return { column, kind: 'same', value: column.type === 'jsonb' && value !== null ? JSON.stringify(value) : value };
    }
    return { column, kind: 'array', value: column.type === 'jsonb' ? joinJsonDocuments(array) : array };
  });
  return { table, count: rows.length, parameters };
}

/** Equal as the database would store them: primitives by value, Dates by time; objects never. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b && (a === null || typeof a !== 'object');
}

/**
 * Inserts every row in one statement, the varying columns as array parameters unnested into rows. Against
 * a VALUES list of 40 placeholders a row, PostgreSQL parses, plans and binds a statement of at most 40
 * parameters instead of 40,000 per chunk (measured here: 1,000 reports in about 35 ms instead of about
 * 165 ms).
 */
export async function insertColumnArrays(manager: EntityManager, rows: ColumnArrays): Promise<void> {
  if (rows.count === 0) return;
  const placeholder = (index: number) => `$${index + 1}`;
  const varying = rows.parameters.flatMap((parameter, index) =>
    parameter.kind === 'array' ? [{ parameter, index }] : [],
  );
  const unnested = varying
    .map(({ parameter: { column }, index }) =>
      column.type === 'jsonb'
        ? splitJsonDocuments(`${placeholder(index)}::text`)
        : `${placeholder(index)}::${column.type}[]`,
    )
    .join(',');
  const selected = rows.parameters
    .map(({ column, kind }, index) =>
      kind === 'same'
        ? `${placeholder(index)}::${column.type}`
        : column.type === 'jsonb'
          ? `chunk.${column.name}::jsonb`
          : `chunk.${column.name}`,
    )
    .join(',');
  const names = rows.parameters.map(({ column }) => column.name).join(',');
  const chunkColumns = varying.map(({ parameter }) => parameter.column.name).join(',');
  await manager.query(
    `INSERT INTO ${rows.table} (${names}) SELECT ${selected} FROM unnest(${unnested}) AS chunk (${chunkColumns})`,
    rows.parameters.map((parameter) => parameter.value),
  );
}
