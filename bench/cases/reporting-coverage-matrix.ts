import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabaseName } from '@coordination/database';
import { loadGazetteer } from '@coordination/geo';
import { POPULATION_GROUPS, SECTOR_CODES } from '@coordination/taxonomies';
import { CoverageReader } from '../../apps/reporting/src/coverage-model/coverage.reader';
import type { CoverageQuery } from '../../apps/reporting/src/coverage-model/coverage-query';
import { log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import { BENCH_DATABASE_SUFFIX, benchDevToken, benchGraphql } from '../support/platform';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const REPORTING_COVERAGE_MATRIX = 'reporting-coverage-matrix';
export const REPORTING_COVERAGE_MATRIX_SQL = 'reporting-coverage-matrix-sql';

/** Activity report facts loaded into the platform's reporting read model before either case measures. */
export const COVERAGE_FACTS = 1_000_000;
const PLAN_YEAR = 2025;
const ORGANISATIONS = 60;
const TARGETS = 6_000;
/** Timed matrices (12 monthly calls each) after one untimed. */
const MATRICES = 5;

const COVERAGE = `query ($filter: CoverageFilterInput!) {
  coverage(filter: $filter) { pcode sector peopleInNeed targeted reachedMonthly reachedConsolidated gap coveragePercent partnersPresent }
}`;

function reportingDatabaseUrl(settings: BenchSettings): string {
  return withDatabaseName(settings.databaseUrl, `coord_reporting${BENCH_DATABASE_SUFFIX}`);
}

/** One call of the matrix: the 25 departments x 10 sectors of month `monthTo` (consolidated January to it). */
function monthQuery(monthTo: number): CoverageQuery {
  return {
    planYear: PLAN_YEAR,
    monthFrom: 1,
    monthTo,
    sector: null,
    level: 'DEPARTMENT',
    parentPcode: null,
    populationGroup: null,
  };
}

/**
 * Loads the facts once into the stack's reporting database (the first case to run does it): SQL
 * generate_series over every current district of the gazetteer (so all 25 departments), the 10
 * sectors, 12 months, 5 population groups and 60 organisations, 95 % approved and 90 % counting
 * people; one published needs round with a PiN figure per department x sector x group; 6,000 targets.
 */
async function ensureFacts(settings: BenchSettings): Promise<string | null> {
  const client = new Client({ connectionString: reportingDatabaseUrl(settings) });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM coverage_report_fact');
    if (Number(rows[0].n) >= COVERAGE_FACTS) return null;
    const started = performance.now();
    const districts = loadGazetteer()
      .list('district')
      .map((unit) => unit.pcode);
    const organisations = Array.from(
      { length: ORGANISATIONS },
      (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    );
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO coverage_report_fact (report_id, version, status, organisation_id, sector, indicator_code,
              counts_people, plan_year, month_number, pcode, department_pcode, province_pcode, district_pcode,
              population_group, quantity, new_beneficiaries, girls, boys, women, men, unknown, source_event_id)
       SELECT 'bench-' || g, 3, CASE WHEN g % 20 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END,
              orgs[(1 + (g * 31) % cardinality(orgs))::int], sectors[(1 + g % 10)::int], sectors[(1 + g % 10)::int] || '-' || (1 + (g / 10) % 3),
              g % 10 <> 7, $1, (1 + (g / 30) % 12)::int, d, left(d, 4), left(d, 6), d,
              groups[(1 + (g / 360) % cardinality(groups))::int], q, q / 2, q / 5, q / 5, q / 4, q / 4, q - 2 * (q / 5) - 2 * (q / 4),
              md5(g::text)::uuid
         FROM generate_series(1, $2::bigint) AS g,
              LATERAL (SELECT $3::text[] AS districts, $4::uuid[] AS orgs, $5::text[] AS sectors, $6::text[] AS groups) a,
              LATERAL (SELECT districts[(1 + (g * 7919) % cardinality(districts))::int] AS d, (1 + (g * 13) % 400)::int AS q) b`,
      [PLAN_YEAR, COVERAGE_FACTS, districts, organisations, [...SECTOR_CODES], [...POPULATION_GROUPS]],
    );
    const roundId = '00000000-0000-4000-9000-000000000001';
    await client.query(
      `INSERT INTO coverage_needs_round (round_id, analysis_code, plan_year, in_force_from, published)
       VALUES ($1, 'BENCH-2025', $2, make_date($2, 1, 1), true)`,
      [roundId, PLAN_YEAR],
    );
    await client.query(
      `INSERT INTO coverage_pin_figure (cell_id, round_id, plan_year, sector, pcode, place_level, department_pcode,
              province_pcode, population_group, people_in_need, girls, boys, women, men, unknown)
       SELECT md5('pin' || d || s || p)::uuid, $1, $2, s, d, 'department', d, NULL, p, n, n / 5, n / 5, n / 4, n / 4,
              n - 2 * (n / 5) - 2 * (n / 4)
         FROM (SELECT DISTINCT left(x, 4) AS d FROM unnest($3::text[]) x) deps, unnest($4::text[]) s,
              unnest($5::text[]) p, LATERAL (SELECT 5000 + abs(hashtext(d || s || p)) % 200000 AS n) v`,
      [roundId, PLAN_YEAR, districts, [...SECTOR_CODES], [...POPULATION_GROUPS]],
    );
    await client.query(
      `INSERT INTO coverage_target_fact (target_id, version, organisation_id, indicator_code, sector, unit, plan_year,
              pcode, department_pcode, province_pcode, district_pcode, quantity, source_event_id)
       SELECT md5('target' || g)::uuid, 1, orgs[(1 + (g * 31) % cardinality(orgs))::int], sectors[(1 + g % 10)::int] || '-' || (1 + (g / 10) % 3),
              sectors[(1 + g % 10)::int], 'PEOPLE', $1, d, left(d, 4), left(d, 6), d, (500 + (g * 17) % 5000)::int, md5('te' || g)::uuid
         FROM generate_series(1, $2::bigint) g,
              LATERAL (SELECT $3::text[] AS districts, $4::uuid[] AS orgs, $5::text[] AS sectors) a,
              LATERAL (SELECT districts[(1 + (g * 104729) % cardinality(districts))::int] AS d) b`,
      [PLAN_YEAR, TARGETS, districts, organisations, [...SECTOR_CODES]],
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE coverage_report_fact');
    await client.query('ANALYZE coverage_target_fact');
    await client.query('ANALYZE coverage_pin_figure');
    const seconds = (performance.now() - started) / 1000;
    return (
      `loaded ${COVERAGE_FACTS.toLocaleString('en-US')} report facts over ${districts.length} districts, ` +
      `${TARGETS.toLocaleString('en-US')} targets and one PiN round in ${seconds.toFixed(1)} s (SQL generate_series, then VACUUM ANALYZE)`
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

interface MatrixTimes {
  callMs: number[];
  matrixMs: number[];
  rowsPerCall: number[];
}

async function measureMatrices(callMonth: (month: number) => Promise<number>, aborted: () => boolean) {
  const times: MatrixTimes = { callMs: [], matrixMs: [], rowsPerCall: [] };
  for (let round = 0; round <= MATRICES; round++) {
    let matrix = 0;
    for (let month = 1; month <= 12; month++) {
      if (aborted()) throw new Error('aborted');
      const start = performance.now();
      const rows = await callMonth(month);
      const ms = performance.now() - start;
      matrix += ms;
      if (round > 0) {
        times.callMs.push(ms);
        times.rowsPerCall.push(rows);
      }
    }
    if (round > 0) times.matrixMs.push(matrix);
    log(`matrix ${round}/${MATRICES}${round === 0 ? ' (untimed)' : ''}: ${matrix.toFixed(0)} ms`);
  }
  return times;
}

function summarise(caseName: string, times: MatrixTimes, notes: string[], check: string): FiguresResult {
  const calls = [...times.callMs].sort((a, b) => a - b);
  const matrices = [...times.matrixMs].sort((a, b) => a - b);
  const minRows = Math.min(...times.rowsPerCall);
  const maxRows = Math.max(...times.rowsPerCall);
  return {
    caseName,
    complete: true,
    figures: {
      calls: calls.length,
      callP50: percentile(calls, 50),
      callP99: percentile(calls, 99),
      callMax: calls[calls.length - 1] ?? Number.NaN,
      matrixP50: percentile(matrices, 50),
      matrixMax: matrices[matrices.length - 1] ?? Number.NaN,
      rowsPerCall: maxRows,
    },
    ...processUsage(),
    checks: [`${check}; rows per call ${minRows}-${maxRows} (25 departments x 10 sectors = 250 expected)`],
    notes,
  };
}

/** Baseline: the reporting service's own SQL (`CoverageReader.figures`) run directly on the read model. */
export async function runCoverageMatrixSql(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  const loaded = await ensureFacts(settings);
  const notes = loaded ? [loaded] : [];
  notes.push(loadNote('at the start'));
  const dataSource = new DataSource({ type: 'postgres', url: reportingDatabaseUrl(settings) });
  await dataSource.initialize();
  try {
    const reader = new CoverageReader(dataSource);
    const times = await measureMatrices(async (month) => (await reader.figures(monthQuery(month))).length, aborted);
    notes.push(loadNote('at the end'));
    return summarise(REPORTING_COVERAGE_MATRIX_SQL, times, notes, 'CoverageReader.figures on the read model');
  } finally {
    await dataSource.destroy();
  }
}

/** The same twelve calls through the gateway as a platform admin (aggregates only, one SQL query per call). */
export async function runCoverageMatrix(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  const loaded = await ensureFacts(settings);
  const notes = loaded ? [loaded] : [];
  notes.push(loadNote('at the start'));
  const url = settings.platform.gatewayUrl;
  const token = await benchDevToken(url, ['PLATFORM_ADMIN'], null, `bench-coverage-${settings.runId}`);
  const times = await measureMatrices(async (month) => {
    const data = await benchGraphql<{ coverage: unknown[] }>(
      url,
      COVERAGE,
      { filter: { planYear: PLAN_YEAR, level: 'DEPARTMENT', monthTo: month } },
      token,
    );
    return data.coverage.length;
  }, aborted);
  notes.push(loadNote('at the end'));
  return summarise(REPORTING_COVERAGE_MATRIX, times, notes, '`coverage` through the gateway, no GraphQL errors');
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 1 });

export const REPORTING_COVERAGE_MATRIX_ROWS: FigureRow[] = [
  { label: 'timed calls (12 per matrix)', value: (r) => r.figures.calls ?? null, digits: 0, compare: false },
  ms('one month (25 departments x 10 sectors) p50 (ms)', 'callP50'),
  ms('one month p99 (ms)', 'callP99'),
  ms('one month max (ms)', 'callMax'),
  ms('whole matrix (12 months, sequential) p50 (ms)', 'matrixP50'),
  ms('whole matrix max (ms)', 'matrixMax'),
  { label: 'rows per call', value: (r) => r.figures.rowsPerCall ?? null, digits: 0, compare: false },
  { label: 'peak RSS of the client process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the client process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];

export function describeCoverageMatrix(): string {
  return (
    `All six apps from dist/. ${COVERAGE_FACTS.toLocaleString('en-US')} activity report facts are inserted straight ` +
    `into the reporting read model (\`coverage_report_fact\`, SQL generate_series: every current district of the ` +
    `gazetteer so all 25 departments, 10 sectors, 3 indicators each, 12 months of ${PLAN_YEAR}, 5 population groups, ` +
    `${ORGANISATIONS} organisations; 95 % APPROVED, 90 % counting people), with one published PiN round (department x ` +
    `sector x group) and ${TARGETS.toLocaleString('en-US')} targets, then VACUUM ANALYZE. The matrix is 12 calls of ` +
    `\`coverage(filter: { planYear: ${PLAN_YEAR}, level: DEPARTMENT, monthTo: m })\` for m = 1..12, each answering ` +
    `the 25 departments x 10 sectors of month m (reached in the month, consolidated January to m, PiN, targets, ` +
    `partners), as a PLATFORM_ADMIN (one SQL query per call). ${MATRICES} matrices timed after one untimed; the ` +
    `figure per call is fetch to body parsed. Baseline: the same 12 queries by the service's own \`CoverageReader\` ` +
    `SQL straight on the read model (pg via TypeORM, no HTTP, no GraphQL).`
  );
}
