import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dropDatabase, prepareServiceDatabase } from '@coordination/database';
import { activitiesDataSourceOptions } from '../../apps/activities/src/database/activities-data-source';
import { BENCH_ORGANISATION, benchReportRows } from '../support/activity-rows';
import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import { databaseUrl, type BenchSettings } from '../support/settings';

export const ACTIVITY_IMPORT_COPY = 'activity-import-copy';
export const BENCH_COPY_DATABASE = 'coord_bench_activity_copy';

const COLUMNS = [
  'id',
  'status',
  'version',
  'reporting_organisation_id',
  'implementing_organisation_id',
  'sector',
  'sub_sector',
  'indicator_code',
  'plan_year',
  'month',
  'pcode',
  'place_level',
  'department_pcode',
  'province_pcode',
  'site_name',
  'population_group',
  'modality',
  'quantity',
  'girls',
  'boys',
  'women',
  'men',
  'sex_age_unknown',
  'new_beneficiaries',
  'warnings',
  'creation_fingerprint',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

/** The ceiling for the import's commit: the same rows, every column already worked out, loaded by COPY. */
export async function runActivityImportCopy(settings: BenchSettings): Promise<FiguresResult> {
  const url = databaseUrl(settings, BENCH_COPY_DATABASE);
  await dropDatabase(url);
  await prepareServiceDatabase(activitiesDataSourceOptions(url));
  const now = new Date().toISOString();
  const lines = benchReportRows(settings.importRows).map((row) =>
    [
      randomUUID(),
      'DRAFT',
      1,
      BENCH_ORGANISATION.id,
      BENCH_ORGANISATION.id,
      row.sector,
      row.subSector ?? '',
      row.indicatorCode,
      2025,
      row.month,
      row.pcode,
      'district',
      row.pcode.slice(0, 4),
      row.pcode.slice(0, 6),
      row.siteName,
      row.populationGroup,
      'SERVICE',
      row.quantity,
      ...row.cells,
      row.newBeneficiaries,
      '[]',
      'bench',
      now,
      'bench',
      now,
      'bench',
    ].join('\t'),
  );
  const file = path.join(settings.workDir, 'activity-copy.tsv');
  // Empty text is NULL in COPY's text format, which is what an absent sub-sector is.
  writeFileSync(file, `${lines.join('\n')}\n`);
  const started = performance.now();
  execFileSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy activity_report (${COLUMNS.join(',')}) FROM '${file}'`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const ms = performance.now() - started;
  const dataSource = await new DataSource(activitiesDataSourceOptions(url)).initialize();
  try {
    const [{ reports }] = await dataSource.query(`SELECT count(*)::int AS reports FROM activity_report`);
    if (reports !== settings.importRows) throw new Error(`COPY loaded ${reports} of ${settings.importRows} rows`);
    log(`${ACTIVITY_IMPORT_COPY}: ${reports} rows in ${(ms / 1000).toFixed(2)} s`);
    return {
      caseName: ACTIVITY_IMPORT_COPY,
      complete: true,
      figures: { rows: reports, commitSeconds: ms / 1000, commitPerSecond: reports / (ms / 1000) },
      ...processUsage(),
      checks: [`COPY loaded ${reports.toLocaleString('en-US')} rows`],
      notes: ['timed: the psql \\copy process, start to exit (about 30 ms of it is starting psql)'],
    };
  } finally {
    await dataSource.destroy();
    await dropDatabase(url);
  }
}
