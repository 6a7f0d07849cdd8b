import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dropDatabase, prepareServiceDatabase } from '@coordination/database';
import { loadGazetteer } from '@coordination/geo';
import { createKafkaClient } from '@coordination/messaging';
import { POPULATION_GROUPS, SECTOR_TAXONOMY } from '@coordination/taxonomies';
import { viewerWith } from '@coordination/testing';
import { needsDataSourceOptions } from '../../apps/needs/src/database/needs-data-source';
import { ImportNeedsRoundUseCase } from '../../apps/needs/src/imports/import-needs-round.use-case';
import { NeedsFiguresResolver } from '../../apps/needs/src/rounds/figures/needs-figures.resolver';
import type { PublishNeedsRoundCommand } from '../../apps/needs/src/rounds/publish-round/publish-needs-round.input';
import { PublishNeedsRoundUseCase } from '../../apps/needs/src/rounds/publish-round/publish-needs-round.use-case';
import { startNeedsTestModule } from '../../apps/needs/src/testing/needs-test-module';
import { log } from '../support/logger';
import { percentile, processUsage, withPeakRss, type FiguresResult } from '../support/measurements';
import { SeededRandom } from '../support/random';
import type { FigureRow } from '../support/report';
import { databaseUrl, type BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const NEEDS_ROUND_IMPORT = 'needs-round-import';
export const NEEDS_ROUND_PUBLISH = 'needs-round-publish';
export const BENCH_NEEDS_IMPORT_DATABASE = 'coord_bench_needs_import';
export const BENCH_NEEDS_PUBLISH_DATABASE = 'coord_bench_needs_publish';

const PLAN_YEAR = 2025;
const ANALYSIS = 'BENCH-JNA';
const ROLL_UPS = 300;
const ADMIN = viewerWith('PLATFORM_ADMIN');

/**
 * The largest round the taxonomy allows at province level: every sector of the plan year x every
 * province x every population group, each figure with its five sex and age cells, and a severity
 * phase per province and group.
 */
function benchRound(): PublishNeedsRoundCommand {
  const random = new SeededRandom(2025);
  const sectors = SECTOR_TAXONOMY.sectorsFor(PLAN_YEAR).map((sector) => sector.code);
  const provinces = loadGazetteer()
    .list('province', { asOf: '2025-01-01' })
    .map((unit) => unit.pcode);
  const peopleInNeed: PublishNeedsRoundCommand['peopleInNeed'] = [];
  const severity: NonNullable<PublishNeedsRoundCommand['severity']> = [];
  for (const pcode of provinces) {
    for (const populationGroup of POPULATION_GROUPS) {
      severity.push({ pcode, populationGroup, phase: 1 + random.int(5) });
      for (const sector of sectors) {
        const [girls, boys, women, men, unknown] = Array.from({ length: 5 }, () => random.int(2_000));
        peopleInNeed.push({
          sector,
          pcode,
          populationGroup,
          peopleInNeed: girls + boys + women + men + unknown,
          cells: { girls, boys, women, men, unknown },
        });
      }
    }
  }
  return {
    analysisCode: ANALYSIS,
    title: 'Benchmark round',
    planYear: PLAN_YEAR,
    inForceFrom: '2025-01-01',
    source: 'Generated for the benchmark',
    peopleInNeed,
    severity,
  };
}

/** The round as the HXL-tagged CSV a working group would upload. */
function roundFile(round: PublishNeedsRoundCommand): Buffer {
  const phase = new Map(
    (round.severity ?? []).map((entry) => [`${entry.pcode}|${entry.populationGroup}`, entry.phase]),
  );
  const lines = [
    'Sector,Provincia,Grupo,PiN,Niñas,Niños,Mujeres,Hombres,Desconocido,Severidad',
    '#sector,#adm2+code,#population+type,#inneed,#inneed+f+children,#inneed+m+children,#inneed+f+adults,#inneed+m+adults,#inneed+unknown,#severity',
    ...round.peopleInNeed.map((figure) => {
      const { girls, boys, women, men, unknown } = figure.cells;
      const severity = phase.get(`${figure.pcode}|${figure.populationGroup}`);
      return [
        figure.sector,
        figure.pcode,
        figure.populationGroup,
        figure.peopleInNeed,
        girls,
        boys,
        women,
        men,
        unknown,
        severity,
      ].join(',');
    }),
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** What the roll-up costs in SQL alone: the national total per sector of the round's cells. */
const NATIONAL_TOTALS_SQL = `
  SELECT sector, sum(people_in_need)::bigint AS people_in_need
    FROM people_in_need_cell WHERE round_id = $1 GROUP BY sector ORDER BY sector`;

async function run(settings: BenchSettings, aborted: () => boolean, fromFile: boolean): Promise<FiguresResult> {
  const caseName = fromFile ? NEEDS_ROUND_IMPORT : NEEDS_ROUND_PUBLISH;
  const notes = [loadNote('at the start')];
  const url = databaseUrl(settings, fromFile ? BENCH_NEEDS_IMPORT_DATABASE : BENCH_NEEDS_PUBLISH_DATABASE);
  await dropDatabase(url);
  await prepareServiceDatabase(needsDataSourceOptions(url));
  const dataSource = await new DataSource(needsDataSourceOptions(url)).initialize();
  const kafka = createKafkaClient({ brokers: settings.brokers, clientId: `bench-needs-${settings.runId}` });
  // The relay is never started: the events stay in the outbox, as in a commit before the relay's poll.
  const app = await startNeedsTestModule({ url, dataSource }, kafka);
  try {
    const round = benchRound();
    const file = roundFile(round);
    const command = {
      ...round,
      fileName: 'round.csv',
      contentBase64: file.toString('base64'),
      peopleInNeed: undefined,
      severity: undefined,
    };
    const publish = async (dryRun: boolean) => {
      const started = performance.now();
      const measured = await withPeakRss(async () => {
        if (fromFile) return app.get(ImportNeedsRoundUseCase).execute({ ...command, dryRun }, ADMIN, 'bench');
        return {
          status: 'DIRECT',
          round: await app.get(PublishNeedsRoundUseCase).execute(round, ADMIN, 'bench', { dryRun }),
        };
      });
      const ms = performance.now() - started;
      log(`${caseName}: ${dryRun ? 'dry run' : 'commit'} in ${(ms / 1000).toFixed(2)} s`);
      return { ms, peakMiB: measured.peakMiB, outcome: measured.result };
    };
    const dryRun = await publish(true);
    if (aborted()) throw new Error('aborted');
    const commit = await publish(false);
    const roundId = commit.outcome.round?.id;
    const [{ cells, events }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM people_in_need_cell) AS cells,
              (SELECT count(*)::int FROM outbox_message WHERE topic = 'needs.pin') AS events`,
    );
    if (!roundId || cells !== round.peopleInNeed.length) {
      throw new Error(
        `commit left ${cells} figures for ${round.peopleInNeed.length} (${JSON.stringify(commit.outcome.status)})`,
      );
    }
    await dataSource.query('ANALYZE');
    const resolver = app.get(NeedsFiguresResolver);
    const rollUps: number[] = [];
    for (let index = 0; index < ROLL_UPS; index++) {
      if (aborted()) throw new Error('aborted');
      const started = performance.now();
      if (fromFile) await resolver.peopleInNeedTotals({ analysisCode: ANALYSIS, asOf: '2025-06-30' });
      else await dataSource.query(NATIONAL_TOTALS_SQL, [roundId]);
      rollUps.push(performance.now() - started);
    }
    rollUps.sort((a, b) => a - b);
    notes.push(loadNote('at the end'));
    const sexAgeCells = round.peopleInNeed.length * 5;
    return {
      caseName,
      complete: true,
      figures: {
        figures: round.peopleInNeed.length,
        sexAgeCells,
        severityFigures: round.severity!.length,
        dryRunSeconds: dryRun.ms / 1000,
        dryRunPeakMiB: dryRun.peakMiB,
        commitSeconds: commit.ms / 1000,
        commitCellsPerSecond: sexAgeCells / (commit.ms / 1000),
        commitPeakMiB: commit.peakMiB,
        rollUpP50: percentile(rollUps, 50),
        rollUpP99: percentile(rollUps, 99),
      },
      ...processUsage(),
      checks: [
        `commit: ${cells.toLocaleString('en-US')} people-in-need figures and ${events.toLocaleString('en-US')} events in the outbox`,
      ],
      notes: [...notes, fromFile ? `file ${(file.length / 1048576).toFixed(1)} MiB (HXL-tagged CSV)` : 'no file'],
    };
  } finally {
    await app.close();
    await dataSource.destroy();
    await dropDatabase(url);
  }
}

export function runNeedsRoundImport(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  return run(settings, aborted, true);
}

export function runNeedsRoundPublish(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  return run(settings, aborted, false);
}

export function describeNeedsRoundImport(): string {
  return (
    `The largest needs round the taxonomy allows at province level: the ${PLAN_YEAR} sectors x 196 provinces x 5 ` +
    `population groups (seeded figures), each with its 5 sex and age cells, plus a severity phase per province and ` +
    `group, as an HXL-tagged CSV imported by \`ImportNeedsRoundUseCase\` (read with libs/tabular, every row checked, ` +
    `then the round publication in one transaction with one outbox event per figure) into a fresh needs database: a ` +
    `dry run (everything written, then rolled back), then the commit. Then ${ROLL_UPS} national roll-ups (people in ` +
    `need per sector and the intersectoral figure for the round in force, \`peopleInNeedTotals\` of the needs ` +
    `subgraph, in process, no HTTP). Baseline: the same figures given to \`PublishNeedsRoundUseCase\` directly (no ` +
    `file), and the roll-up as one SQL \`sum ... group by sector\` on the round's figures.`
  );
}

const figure = (label: string, key: string, digits = 1, compare = true): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? null,
  digits,
  compare,
});

export const NEEDS_ROUND_IMPORT_ROWS: FigureRow[] = [
  figure('people-in-need figures', 'figures', 0, false),
  figure('sex and age cells', 'sexAgeCells', 0, false),
  figure('severity figures', 'severityFigures', 0, false),
  figure('dry run (s)', 'dryRunSeconds', 2),
  figure('dry run peak RSS (MiB)', 'dryRunPeakMiB', 0),
  figure('commit (s)', 'commitSeconds', 2),
  figure('commit: sex and age cells per second', 'commitCellsPerSecond', 0),
  figure('commit peak RSS (MiB)', 'commitPeakMiB', 0),
  figure('national roll-up p50 (ms)', 'rollUpP50', 2),
  figure('national roll-up p99 (ms)', 'rollUpP99', 2),
  { label: 'peak RSS of the process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
];
