import type { EntityManager } from 'typeorm';

/** PostgreSQL takes at most 65,535 parameters per statement. */
const MAX_PARAMETERS = 65_535;

/**
 * Inserts rows with as few statements as the parameter limit allows: one round trip per chunk
 * instead of one per row, which is what makes 100,000 rows fit in a transaction of seconds.
 * `values` gives each row's values in `columns` order; objects go to jsonb columns as JSON.
 */
export async function insertRows<Row>(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
  values: (row: Row) => unknown[],
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const rowValues = values(row);
      const placeholders = rowValues.map((value) => {
        parameters.push(
          value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value,
        );
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(',')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')}`, parameters);
  }
}
