import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dropDatabase, prepareServiceDatabase } from '@coordination/database';
import { createKafkaClient } from '@coordination/messaging';
import { activitiesDataSourceOptions } from '../../apps/activities/src/database/activities-data-source';
import { ImportJobReader } from '../../apps/activities/src/imports/job/import-job-reader';
import {
  insertReplicatedOrganisations,
  startActivitiesTestModule,
  viewerWith,
} from '../../apps/activities/src/testing/activities-test-module';
import { queueImport } from '../../apps/activities/src/testing/import-jobs';
import { ImportWorker } from '../../apps/activities/src/imports/worker/import-worker';
import { BENCH_ORGANISATION, benchImportCsv, benchImportXlsx, benchReportRows } from '../support/activity-rows';
import { log } from '../support/logger';
import { processUsage, withPeakRss, type FiguresResult } from '../support/measurements';
import type { FigureRow } from '../support/report';
import { databaseUrl, type BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const ACTIVITY_IMPORT = 'activity-import';
export const ACTIVITY_IMPORT_FILE = 'activity-import-file';
export const ACTIVITY_IMPORT_XLSX = 'activity-import-xlsx';
export const ACTIVITY_IMPORT_XLSX_FILE = 'activity-import-xlsx-file';
export const BENCH_IMPORT_DATABASE = 'coord_bench_activity_import';

type ImportFileFormat = 'csv' | 'xlsx';

export const importFilePath = (settings: BenchSettings, format: ImportFileFormat = 'csv') =>
  path.join(settings.workDir, `activity-import.${format}`);

/** Writes the CSV import file both cases read, so generating it is timed by neither. */
export function runActivityImportFile(settings: BenchSettings): Promise<FiguresResult> {
  return writeImportFile(settings, 'csv');
}

/** The same rows as an XLSX workbook, for the XLSX import benchmark. */
export function runActivityImportXlsxFile(settings: BenchSettings): Promise<FiguresResult> {
  return writeImportFile(settings, 'xlsx');
}

async function writeImportFile(settings: BenchSettings, format: ImportFileFormat): Promise<FiguresResult> {
  const rows = benchReportRows(settings.importRows);
  const content = format === 'csv' ? Buffer.from(benchImportCsv(rows)) : await benchImportXlsx(rows);
  writeFileSync(importFilePath(settings, format), content);
  return {
    caseName: format === 'csv' ? ACTIVITY_IMPORT_FILE : ACTIVITY_IMPORT_XLSX_FILE,
    complete: true,
    figures: { rows: settings.importRows, fileMiB: content.length / 1024 / 1024 },
    ...processUsage(),
    checks: [],
    notes: [
      `${settings.importRows.toLocaleString('en-US')} rows, ${format.toUpperCase()}, ${(content.length / 1048576).toFixed(1)} MiB`,
    ],
  };
}

/**
 * The importer end to end minus HTTP: the job queued as the mutation queues it, then one worker
 * claims and runs it (read, every row through the report checks, then for the commit the chunked
 * multi-row inserts of reports, revisions and outbox events in one transaction). A dry run first,
 * then the commit, in one process on a fresh database; fails unless every row became a report.
 */
export function runActivityImport(settings: BenchSettings): Promise<FiguresResult> {
  return importBenchmark(settings, 'csv');
}

/** {@link runActivityImport} of the XLSX file: exceljs's streaming reader instead of the CSV parser. */
export function runActivityImportXlsx(settings: BenchSettings): Promise<FiguresResult> {
  return importBenchmark(settings, 'xlsx');
}

async function importBenchmark(settings: BenchSettings, format: ImportFileFormat): Promise<FiguresResult> {
  const caseName = format === 'csv' ? ACTIVITY_IMPORT : ACTIVITY_IMPORT_XLSX;
  const { readFileSync } = await import('node:fs');
  const content = readFileSync(importFilePath(settings, format));
  const url = databaseUrl(settings, BENCH_IMPORT_DATABASE);
  await dropDatabase(url);
  await prepareServiceDatabase(activitiesDataSourceOptions(url));
  const dataSource = await new DataSource(activitiesDataSourceOptions(url)).initialize();
  const kafka = createKafkaClient({ brokers: settings.brokers, clientId: `bench-import-${settings.runId}` });
  // The relay is never started: the events stay in the outbox, as in a commit before the relay's poll.
  const app = await startActivitiesTestModule({ url, dataSource }, kafka);
  try {
    await insertReplicatedOrganisations(dataSource, [BENCH_ORGANISATION]);
    const reporter = viewerWith('PARTNER_REPORTER', BENCH_ORGANISATION.id);
    const runJob = async (dryRun: boolean) => {
      const job = await queueImport(app, { content, fileName: `bench.${format}`, dryRun }, reporter);
      const started = performance.now();
      const measured = await withPeakRss(() => app.get(ImportWorker).processNext());
      const ms = performance.now() - started;
      const done = await app.get(ImportJobReader).visibleJob(job.id, reporter);
      log(`${caseName}: ${dryRun ? 'dry run' : 'commit'} ${done.status} in ${(ms / 1000).toFixed(1)} s`);
      return { done, ms, peakMiB: measured.peakMiB };
    };
    const dryRun = await runJob(true);
    const commit = await runJob(false);
    const [{ reports, events }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM activity_report) AS reports,
              (SELECT count(*)::int FROM outbox_message WHERE topic = 'activities.report') AS events`,
    );
    const rows = settings.importRows;
    if (dryRun.done.status !== 'DRY_RUN_DONE' || dryRun.done.errorCount > 0) {
      throw new Error(`dry run ended ${dryRun.done.status} with ${dryRun.done.errorCount} errors`);
    }
    if (commit.done.status !== 'COMPLETED' || reports !== rows || events !== rows) {
      throw new Error(`commit ended ${commit.done.status}: ${reports} reports and ${events} events for ${rows} rows`);
    }
    return {
      caseName,
      complete: true,
      figures: {
        rows,
        dryRunSeconds: dryRun.ms / 1000,
        dryRunPerSecond: rows / (dryRun.ms / 1000),
        dryRunPeakMiB: dryRun.peakMiB,
        commitSeconds: commit.ms / 1000,
        commitPerSecond: rows / (commit.ms / 1000),
        commitPeakMiB: commit.peakMiB,
        warnings: commit.done.warningCount,
      },
      ...processUsage(),
      checks: [
        `dry run: ${dryRun.done.status}, 0 errors, nothing written`,
        `commit: ${reports.toLocaleString('en-US')} reports and ${events.toLocaleString('en-US')} report events in one transaction`,
      ],
      notes: [`file ${format.toUpperCase()}, ${(content.length / 1048576).toFixed(1)} MiB`, loadNote('at the end')],
    };
  } finally {
    await app.close();
    await dataSource.destroy();
    await dropDatabase(url);
  }
}

export function describeActivityImport(settings: BenchSettings): string {
  return (
    `${settings.importRows.toLocaleString('en-US')} generated 5W rows (seeded; one partner, PRO-GBV-01 and HEA-01, ` +
    `random districts, January-June 2025, every sex x age cell) as an HXL-tagged UTF-8 CSV, imported by the ` +
    `activities importer (\`startActivityImport\`'s use case, then \`ImportWorker.processNext()\`) into a fresh ` +
    `\`${BENCH_IMPORT_DATABASE}\`: a dry run, then a commit (reports, revisions and one outbox event per row, ` +
    `1,000 rows per chunk, one INSERT of unnested column arrays per table and chunk, each chunk written while the ` +
    `next is checked, one transaction). Rows are streamed from the file (\`streamTable\`). Peak RSS is sampled every 50 ms during each job. Baseline: ` +
    `PostgreSQL \`COPY\` (psql \`\\copy\`) of the same rows, already resolved to every column, into \`activity_report\` ` +
    `of an equally migrated database (same constraints and indexes; no revisions, no events).`
  );
}

const figure = (label: string, key: string, digits = 1): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? null,
  digits,
});

export const ACTIVITY_IMPORT_ROWS: FigureRow[] = [
  figure('rows', 'rows', 0),
  figure('dry run (s)', 'dryRunSeconds', 2),
  figure('dry run rows/s', 'dryRunPerSecond', 0),
  figure('dry run peak RSS (MiB)', 'dryRunPeakMiB', 0),
  figure('commit, or COPY for the baseline (s)', 'commitSeconds', 2),
  figure('commit rows/s', 'commitPerSecond', 0),
  figure('commit peak RSS (MiB)', 'commitPeakMiB', 0),
  { label: 'peak RSS of the process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];

export function describeActivityImportXlsx(settings: BenchSettings): string {
  return (
    `The ${settings.importRows.toLocaleString('en-US')} rows of \`${ACTIVITY_IMPORT}\` as an XLSX workbook (one sheet, hashtag row first, shared strings, numbers as ` +
    `number cells; written by exceljs's streaming writer), imported the same way: a dry run, then a commit. The ` +
    `workbook is read with exceljs's streaming reader (\`streamTable\`). Baseline: the same \`COPY\`.`
  );
}
