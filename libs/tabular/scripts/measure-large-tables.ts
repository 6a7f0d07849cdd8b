/**
 * Measures reading 100,000 rows x 20 columns as CSV and as XLSX (not a test: timings depend on the
 * machine). Writes both files with `writeTable`, then reads each in a fresh Node process so one
 * measurement's memory does not inflate the other's. Build first, then run:
 *   npx swc libs/tabular -d /tmp/tabular-measure --config-file .swcrc
 *   node /tmp/tabular-measure/libs/tabular/scripts/measure-large-tables.js
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readTable, writeTable, type TableField, type TableRecord, type WriteColumn } from '../src';

const ROWS = 100_000;
const COLUMNS = 20;

const fields: TableField[] = Array.from({ length: COLUMNS }, (_, index) => ({
  name: `field${index}`,
  hxlTags: [`#indicator+f${index}`],
  headers: { es: [`Columna ${index}`], en: [`Column ${index}`] },
}));
const columns: WriteColumn[] = fields.map((field, index) => ({
  field: field.name,
  header: { es: `Columna ${index}`, en: `Column ${index}` },
  hxlTag: `#indicator+f${index}`,
}));

function report(line: string): void {
  process.stdout.write(`${line}\n`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function generate(directory: string): Promise<void> {
  const rows: TableRecord[] = Array.from({ length: ROWS }, (_, row) =>
    Object.fromEntries(
      fields.map((field, column) => [field.name, column % 2 === 0 ? `Lima ${row}-${column}` : row * column]),
    ),
  );
  for (const format of ['csv', 'xlsx'] as const) {
    const started = performance.now();
    const file = await writeTable(rows, columns, format);
    writeFileSync(join(directory, `table.${format}`), file);
    report(`write ${format}: ${megabytes(file.length)} in ${Math.round(performance.now() - started)} ms`);
  }
}

async function measureRead(path: string): Promise<void> {
  const input = readFileSync(path);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const table = await readTable(input, { fields });
  const elapsed = Math.round(performance.now() - started);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  report(
    `read ${path.split('.').pop()}: ${table.rows.length} rows, ${table.problems.length} problems, ${elapsed} ms, ` +
      `RSS before ${megabytes(rssBefore)}, peak ${megabytes(peakRss)}, after ${megabytes(process.memoryUsage().rss)}`,
  );
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2);
  if (mode === 'read' && path !== undefined) return measureRead(path);
  const directory = mkdtempSync(join(tmpdir(), 'tabular-measure-'));
  await generate(directory);
  for (const format of ['csv', 'xlsx']) {
    execFileSync(process.execPath, [__filename, 'read', join(directory, `table.${format}`)], { stdio: 'inherit' });
  }
  report(`node ${process.version}, files in ${directory}`);
}

void main();
