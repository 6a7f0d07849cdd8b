import { readTable, type ReadTableOptions, type TableReadResult } from '../reading/read-table';
import { collectTable, streamTable } from '../reading/stream-table';

/**
 * The two ways to read a table, for specs that must hold for both: `readTable` at once, and
 * `streamTable` collected, which must give the same rows and problems for the same bytes.
 */
export const TABLE_READERS: readonly (readonly [
  string,
  (input: Buffer, options: ReadTableOptions) => Promise<TableReadResult>,
])[] = [
  ['readTable', readTable],
  ['streamTable', async (input, options) => collectTable(await streamTable(input, options))],
];
