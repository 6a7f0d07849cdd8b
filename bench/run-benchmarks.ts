/**
 * Benchmark runner: `node dist/bench/run-benchmarks.js [name ...] [--events=N] [--batch=N]
 * [--timeout-s=N] [--inputs=N] [--tokens=N] [--rows=N] [--reports=N] [--no-write] [--list]` (normally through `npm run bench`,
 * see scripts/bench.sh).
 *
 * Each benchmark pairs a case with a baseline measured in the same run. Every case runs in a child
 * process of its own (peak RSS per case, nothing shared), bounded by a timeout after which the
 * runner kills it and removes what it may have left behind. The results are printed and appended
 * to docs/benchmarks.md as a dated section.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dropDatabase } from '@coordination/database';
import { createKafkaClient } from '@coordination/messaging';
import {
  ACTIVITY_IMPORT,
  ACTIVITY_IMPORT_FILE,
  ACTIVITY_IMPORT_ROWS,
  ACTIVITY_IMPORT_XLSX,
  ACTIVITY_IMPORT_XLSX_FILE,
  BENCH_IMPORT_DATABASE,
  describeActivityImport,
  describeActivityImportXlsx,
  runActivityImport,
  runActivityImportFile,
  runActivityImportXlsx,
  runActivityImportXlsxFile,
} from './cases/activity-import';
import { ACTIVITY_IMPORT_COPY, BENCH_COPY_DATABASE, runActivityImportCopy } from './cases/activity-import-copy';
import { OUTBOX_TO_CONSUMER, runOutboxToConsumer } from './cases/outbox-to-consumer';
import { PCODE_MAP_LOOKUP, runPcodeMapLookup } from './cases/pcode-map-lookup';
import {
  PCODE_RESOLUTION,
  PCODE_RESOLUTION_ROWS,
  describePcodeResolution,
  runPcodeResolution,
} from './cases/pcode-resolution';
import { RAW_KAFKAJS, runRawKafkajs } from './cases/raw-kafkajs';
import {
  GATEWAY_STATUS_QUERY,
  REPORT_SUBMIT_LATENCY,
  REPORT_SUBMIT_LATENCY_ROWS,
  describeReportSubmitLatency,
  runGatewayStatusQuery,
  runReportSubmitLatency,
} from './cases/report-submit-latency';
import {
  REFERRAL_ROUND_TRIP,
  REFERRAL_ROUND_TRIP_ROWS,
  describeReferralRoundTrip,
  runReferralRoundTrip,
} from './cases/referral-round-trip';
import {
  REPORTING_COVERAGE_MATRIX,
  REPORTING_COVERAGE_MATRIX_ROWS,
  REPORTING_COVERAGE_MATRIX_SQL,
  describeCoverageMatrix,
  runCoverageMatrix,
  runCoverageMatrixSql,
} from './cases/reporting-coverage-matrix';
import {
  REPORTING_FRESHNESS,
  REPORTING_FRESHNESS_ROWS,
  describeReportingFreshness,
  runReportingFreshness,
} from './cases/reporting-freshness';
import {
  BENCH_REBUILD_DATABASE,
  REPORTING_REBUILD,
  REPORTING_REBUILD_EVENTS,
  REPORTING_REBUILD_RAW,
  REPORTING_REBUILD_ROWS,
  describeReportingRebuild,
  runReportingRebuild,
  runReportingRebuildEvents,
  runReportingRebuildRaw,
} from './cases/reporting-rebuild';
import { RSA_SHA256_VERIFY, runRsaSha256Verify } from './cases/rsa-sha256-verify';
import { TOKEN_SIGNING, runTokenSigning } from './cases/token-signing';
import {
  TOKEN_VERIFICATION,
  TOKEN_VERIFICATION_ROWS,
  describeTokenVerification,
  runTokenVerification,
} from './cases/token-verification';
import {
  WEB_FIRST_LOAD,
  WEB_FIRST_LOAD_ROWS,
  WEB_STATIC_FETCH,
  describeWebFirstLoad,
  runWebFirstLoad,
  runWebStaticFetch,
} from './cases/web-first-load';
import {
  CASE_SEARCH,
  CASE_SEARCH_CLEAR,
  CASE_SEARCH_ROWS,
  BENCH_CASE_SEARCH_CLEAR_DATABASE,
  BENCH_CASE_SEARCH_DATABASE,
  describeCaseSearch,
  runCaseSearch,
  runCaseSearchClear,
} from './cases/case-search';
import {
  BENCH_NEEDS_IMPORT_DATABASE,
  BENCH_NEEDS_PUBLISH_DATABASE,
  NEEDS_ROUND_IMPORT,
  NEEDS_ROUND_IMPORT_ROWS,
  NEEDS_ROUND_PUBLISH,
  describeNeedsRoundImport,
  runNeedsRoundImport,
  runNeedsRoundPublish,
} from './cases/needs-round-import';
import { log } from './support/logger';
import { describeMachine } from './support/machine';
import type { AnyCaseResult } from './support/measurements';
import { startBenchPlatform, type RunningBenchPlatform } from './support/platform';
import { REPORT_HEADER, renderRun, type BenchmarkOutcome, type FigureRow } from './support/report';
import {
  BENCH_INBOX_DATABASE,
  BENCH_OUTBOX_DATABASE,
  databaseUrl,
  defaultBrokers,
  defaultDatabaseUrl,
  groupIdFor,
  rawTopicName,
  type BenchSettings,
} from './support/settings';

type CaseRunner = (settings: BenchSettings, aborted: () => boolean) => Promise<AnyCaseResult>;

const CASES: Record<string, CaseRunner> = {
  [OUTBOX_TO_CONSUMER]: runOutboxToConsumer,
  [RAW_KAFKAJS]: runRawKafkajs,
  [PCODE_RESOLUTION]: runPcodeResolution,
  [PCODE_MAP_LOOKUP]: runPcodeMapLookup,
  [TOKEN_VERIFICATION]: runTokenVerification,
  [RSA_SHA256_VERIFY]: runRsaSha256Verify,
  [TOKEN_SIGNING]: runTokenSigning,
  [ACTIVITY_IMPORT_FILE]: runActivityImportFile,
  [ACTIVITY_IMPORT]: runActivityImport,
  [ACTIVITY_IMPORT_COPY]: runActivityImportCopy,
  [ACTIVITY_IMPORT_XLSX_FILE]: runActivityImportXlsxFile,
  [ACTIVITY_IMPORT_XLSX]: runActivityImportXlsx,
  [GATEWAY_STATUS_QUERY]: runGatewayStatusQuery,
  [REPORT_SUBMIT_LATENCY]: runReportSubmitLatency,
  [WEB_FIRST_LOAD]: runWebFirstLoad,
  [CASE_SEARCH]: runCaseSearch,
  [CASE_SEARCH_CLEAR]: runCaseSearchClear,
  [WEB_STATIC_FETCH]: runWebStaticFetch,
  [REFERRAL_ROUND_TRIP]: runReferralRoundTrip,
  [NEEDS_ROUND_IMPORT]: runNeedsRoundImport,
  [NEEDS_ROUND_PUBLISH]: runNeedsRoundPublish,
  [REPORTING_COVERAGE_MATRIX]: runCoverageMatrix,
  [REPORTING_COVERAGE_MATRIX_SQL]: runCoverageMatrixSql,
  [REPORTING_FRESHNESS]: runReportingFreshness,
  [REPORTING_REBUILD_EVENTS]: runReportingRebuildEvents,
  [REPORTING_REBUILD_RAW]: runReportingRebuildRaw,
  [REPORTING_REBUILD]: runReportingRebuild,
};

/** The cases that use Kafka (and PostgreSQL), whose leftovers a failure may leave behind. */
const MESSAGING_CASES = new Set([OUTBOX_TO_CONSUMER, RAW_KAFKAJS]);

interface BenchmarkDefinition {
  name: string;
  subject: string;
  baseline: string;
  describe(settings: BenchSettings): string;
  /** A case run in a process of its own before the two, making what both use; its remarks are shown. */
  prepare?: string;
  /** Rows of the table for cases that report figures; the messaging rows when omitted. */
  rows?: FigureRow[];
  /** Limit per case; by default the consumer wait (--timeout-s) plus 45 s of set-up and clean-up. */
  caseTimeoutMs?: number;
  /**
   * The cases run against the whole platform: the runner's own process starts the stack once before
   * them (so it outlives their processes) and stops it after them, however they ended.
   */
  platform?: boolean;
}

const BENCHMARKS: BenchmarkDefinition[] = [
  {
    name: OUTBOX_TO_CONSUMER,
    subject: OUTBOX_TO_CONSUMER,
    baseline: RAW_KAFKAJS,
    describe: (s) =>
      `${s.events.toLocaleString('en-US')} \`OrganisationRegisteredV1\` events (one organisation each) written with ` +
      `\`appendToOutbox\` to \`${BENCH_OUTBOX_DATABASE}\`, ${s.batchSize} per transaction, relayed by \`OutboxRelay\` ` +
      `(defaults: batch 500, poll 200 ms, \`notify()\` after each commit) to \`directory.organisation\` (6 partitions) ` +
      `while the writes go on, applied by an \`InboxConsumer\` inserting one row per event into \`${BENCH_INBOX_DATABASE}\`. ` +
      `Baseline: the same messages (key, headers, JSON) via a plain kafkajs producer (\`sendBatch\` of ${s.batchSize}, ` +
      `acks -1) to a fresh 6-partition topic, read by a plain kafkajs consumer (\`eachMessage\`, no database).`,
  },
  {
    name: PCODE_RESOLUTION,
    subject: PCODE_RESOLUTION,
    baseline: PCODE_MAP_LOOKUP,
    describe: describePcodeResolution,
    rows: PCODE_RESOLUTION_ROWS,
    // CPU only; about 20 s at the default 100,000 inputs on 2 cores.
    caseTimeoutMs: 110_000,
  },
  {
    name: TOKEN_VERIFICATION,
    subject: TOKEN_VERIFICATION,
    baseline: RSA_SHA256_VERIFY,
    describe: describeTokenVerification,
    prepare: TOKEN_SIGNING,
    rows: TOKEN_VERIFICATION_ROWS,
    // CPU only; about 10 s each (signing, baseline, verification) at the default 20,000 tokens on 2 cores.
    caseTimeoutMs: 110_000,
  },
  {
    name: ACTIVITY_IMPORT,
    subject: ACTIVITY_IMPORT,
    baseline: ACTIVITY_IMPORT_COPY,
    describe: describeActivityImport,
    prepare: ACTIVITY_IMPORT_FILE,
    rows: ACTIVITY_IMPORT_ROWS,
    // A dry run and a commit of 100,000 rows, plus two databases migrated and dropped.
    caseTimeoutMs: 600_000,
  },
  {
    name: ACTIVITY_IMPORT_XLSX,
    subject: ACTIVITY_IMPORT_XLSX,
    baseline: ACTIVITY_IMPORT_COPY,
    describe: describeActivityImportXlsx,
    prepare: ACTIVITY_IMPORT_XLSX_FILE,
    rows: ACTIVITY_IMPORT_ROWS,
    caseTimeoutMs: 600_000,
  },
  {
    name: REPORT_SUBMIT_LATENCY,
    subject: REPORT_SUBMIT_LATENCY,
    baseline: GATEWAY_STATUS_QUERY,
    describe: describeReportSubmitLatency,
    rows: REPORT_SUBMIT_LATENCY_ROWS,
    platform: true,
    // Sequential round trips: 2 × 310 of some tens of ms at the default 300 reports.
    caseTimeoutMs: 300_000,
  },
  {
    name: WEB_FIRST_LOAD,
    subject: WEB_FIRST_LOAD,
    baseline: WEB_STATIC_FETCH,
    describe: describeWebFirstLoad,
    rows: WEB_FIRST_LOAD_ROWS,
    platform: true,
    // 33 browser contexts of well under a second each, plus Chromium's start.
    caseTimeoutMs: 180_000,
  },
  {
    name: CASE_SEARCH,
    subject: CASE_SEARCH,
    baseline: CASE_SEARCH_CLEAR,
    describe: describeCaseSearch,
    rows: CASE_SEARCH_ROWS,
    // Loading 100,000 cases (sealing, terms, inserts) then 1,000 searches.
    caseTimeoutMs: 600_000,
  },
  {
    name: REFERRAL_ROUND_TRIP,
    subject: REFERRAL_ROUND_TRIP,
    baseline: GATEWAY_STATUS_QUERY,
    describe: describeReferralRoundTrip,
    rows: REFERRAL_ROUND_TRIP_ROWS,
    platform: true,
    // Sequential: 2 × 310 mutations of some tens of ms at the default 300, plus the replicas' wait.
    caseTimeoutMs: 300_000,
  },
  {
    name: NEEDS_ROUND_IMPORT,
    subject: NEEDS_ROUND_IMPORT,
    baseline: NEEDS_ROUND_PUBLISH,
    describe: describeNeedsRoundImport,
    rows: NEEDS_ROUND_IMPORT_ROWS,
    // A dry run and a commit of about 10,000 figures, then 300 roll-ups.
    caseTimeoutMs: 300_000,
  },
  {
    name: REPORTING_COVERAGE_MATRIX,
    subject: REPORTING_COVERAGE_MATRIX,
    baseline: REPORTING_COVERAGE_MATRIX_SQL,
    describe: describeCoverageMatrix,
    rows: REPORTING_COVERAGE_MATRIX_ROWS,
    platform: true,
    // Loading 1,000,000 facts (a minute or two on 2 cores) then 72 queries over them per case.
    caseTimeoutMs: 900_000,
  },
  {
    name: REPORTING_FRESHNESS,
    subject: REPORTING_FRESHNESS,
    baseline: GATEWAY_STATUS_QUERY,
    describe: describeReportingFreshness,
    rows: REPORTING_FRESHNESS_ROWS,
    platform: true,
    // 30 s of reports, their stragglers (60 s at most), and the 300 status queries of the baseline.
    caseTimeoutMs: 300_000,
  },
  {
    name: REPORTING_REBUILD,
    subject: REPORTING_REBUILD,
    baseline: REPORTING_REBUILD_RAW,
    describe: describeReportingRebuild,
    prepare: REPORTING_REBUILD_EVENTS,
    rows: REPORTING_REBUILD_ROWS,
    // Producing and replaying 240,000 events on a shared 2-core machine.
    caseTimeoutMs: 900_000,
  },
];

const REPORT_PATH = path.resolve(__dirname, '..', '..', 'docs', 'benchmarks.md');
const CHILD_FLAG = '--child';

interface Options {
  names: string[];
  events: number;
  batchSize: number;
  timeoutSeconds: number;
  write: boolean;
  list: boolean;
  geoInputs: number;
  tokens: number;
  importRows: number;
  reports: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    names: [],
    events: 20_000,
    batchSize: 500,
    timeoutSeconds: 210,
    write: true,
    list: false,
    geoInputs: 100_000,
    tokens: 20_000,
    importRows: 100_000,
    reports: 300,
  };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    const positive = () => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} needs a positive integer, got "${value}"`);
      return parsed;
    };
    if (flag === '--events') options.events = positive();
    else if (flag === '--batch') options.batchSize = positive();
    else if (flag === '--timeout-s') options.timeoutSeconds = positive();
    else if (flag === '--inputs') options.geoInputs = positive();
    else if (flag === '--tokens') options.tokens = positive();
    else if (flag === '--rows') options.importRows = positive();
    else if (flag === '--reports') options.reports = positive();
    else if (flag === '--no-write') options.write = false;
    else if (flag === '--list') options.list = true;
    else if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
    else options.names.push(arg);
  }
  const known = new Set(BENCHMARKS.map((benchmark) => benchmark.name));
  const unknown = options.names.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return options;
}

// ------------------------------------------------------------------------------------------ child

async function runChild(caseName: string, settingsJson: string): Promise<void> {
  const settings = JSON.parse(settingsJson) as BenchSettings;
  const run = CASES[caseName];
  let aborted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${caseName}: ${signal}, cleaning up`);
      aborted = true;
    });
  }
  try {
    const result = await run(settings, () => aborted);
    process.send?.({ ok: true, result });
  } catch (error) {
    process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  // Let the IPC message flush, then leave even if a library still holds a timer or socket.
  setTimeout(() => process.exit(0), 200).unref();
  process.disconnect?.();
}

// ----------------------------------------------------------------------------------------- parent

type ChildOutcome = AnyCaseResult | { caseName: string; error: string };

let currentChild: ChildProcess | null = null;
let interrupted = false;

function runCaseInChild(caseName: string, settings: BenchSettings, timeoutMs: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const startedAt = performance.now();
    let outcome: ChildOutcome | null = null;
    const child: ChildProcess = fork(__filename, [CHILD_FLAG, caseName, JSON.stringify(settings)], {
      stdio: 'inherit',
    });
    currentChild = child;
    const kill = (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    // SIGTERM lets the case clean up; SIGKILL if it does not exit 20 s later.
    const softTimer = setTimeout(() => {
      log(`${caseName}: no result after ${Math.round(timeoutMs / 1000)} s, stopping it`);
      outcome ??= { caseName, error: `timed out after ${Math.round(timeoutMs / 1000)} s` };
      kill('SIGTERM');
    }, timeoutMs);
    const hardTimer = setTimeout(() => kill('SIGKILL'), timeoutMs + 20_000);
    child.on('message', (message: { ok: boolean; result?: AnyCaseResult; error?: string }) => {
      outcome ??= message.ok && message.result ? message.result : { caseName, error: message.error ?? 'no result' };
    });
    child.on('exit', (code, signal) => {
      currentChild = null;
      clearTimeout(softTimer);
      clearTimeout(hardTimer);
      log(`${caseName}: finished in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
      resolve(outcome ?? { caseName, error: `process exited (code ${code}, signal ${signal}) without a result` });
    });
  });
}

/** Removes what a case that failed or was killed may have left: databases, topics, groups. */
async function removeLeftovers(caseName: string, settings: BenchSettings): Promise<void> {
  if (caseName === ACTIVITY_IMPORT || caseName === ACTIVITY_IMPORT_XLSX || caseName === ACTIVITY_IMPORT_COPY) {
    for (const name of [BENCH_IMPORT_DATABASE, BENCH_COPY_DATABASE]) {
      await dropDatabase(databaseUrl(settings, name)).catch((error) => log(`could not drop ${name}: ${String(error)}`));
    }
  }
  if (caseName === NEEDS_ROUND_IMPORT || caseName === NEEDS_ROUND_PUBLISH) {
    for (const name of [BENCH_NEEDS_IMPORT_DATABASE, BENCH_NEEDS_PUBLISH_DATABASE]) {
      await dropDatabase(databaseUrl(settings, name)).catch(() => undefined);
    }
  }
  if (caseName === REPORTING_REBUILD) {
    await dropDatabase(databaseUrl(settings, BENCH_REBUILD_DATABASE)).catch(() => undefined);
    return;
  }
  if (caseName === CASE_SEARCH || caseName === CASE_SEARCH_CLEAR) {
    for (const name of [BENCH_CASE_SEARCH_DATABASE, BENCH_CASE_SEARCH_CLEAR_DATABASE]) {
      await dropDatabase(databaseUrl(settings, name)).catch(() => undefined);
    }
    return;
  }
  // The other cases leave files in the run's work directory only, which runParent removes.
  if (!MESSAGING_CASES.has(caseName)) return;
  if (caseName === OUTBOX_TO_CONSUMER) {
    for (const name of [BENCH_OUTBOX_DATABASE, BENCH_INBOX_DATABASE]) {
      await dropDatabase(databaseUrl(settings, name)).catch((error) => log(`could not drop ${name}: ${String(error)}`));
    }
  }
  const kafka = createKafkaClient({ brokers: settings.brokers, clientId: `bench-cleanup-${settings.runId}` });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.deleteGroups([groupIdFor(caseName, settings.runId)]).catch(() => undefined);
    const topic = rawTopicName(settings.runId);
    if (caseName === RAW_KAFKAJS && (await admin.listTopics()).includes(topic))
      await admin.deleteTopics({ topics: [topic] });
  } catch (error) {
    log(`cleanup after ${caseName} incomplete: ${String(error)}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function runParent(options: Options): Promise<number> {
  if (options.list) {
    for (const benchmark of BENCHMARKS) console.log(`${benchmark.name}  (baseline: ${benchmark.baseline})`);
    return 0;
  }
  const selected = options.names.length > 0 ? BENCHMARKS.filter((b) => options.names.includes(b.name)) : BENCHMARKS;
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const settings: BenchSettings = {
    runId,
    startedAt: new Date().toISOString(),
    events: options.events,
    batchSize: options.batchSize,
    brokers: defaultBrokers(),
    databaseUrl: defaultDatabaseUrl(),
    consumeTimeoutMs: options.timeoutSeconds * 1000,
    geoInputs: options.geoInputs,
    tokens: options.tokens,
    importRows: options.importRows,
    reports: options.reports,
    workDir: mkdtempSync(path.join(os.tmpdir(), `coordination-bench-${runId}-`)),
  };
  try {
    return await runSelected(options, selected, settings);
  } finally {
    rmSync(settings.workDir, { recursive: true, force: true });
  }
}

async function runSelected(
  options: Options,
  selected: BenchmarkDefinition[],
  settings: BenchSettings,
): Promise<number> {
  log(
    `run ${settings.runId}: ${selected.map((b) => b.name).join(', ')}; ${settings.events} events; brokers ${settings.brokers.join(',')}`,
  );
  const machine = await describeMachine(settings.databaseUrl);

  // Case budget by default: its consume timeout plus set-up and clean-up.
  const defaultCaseTimeoutMs = settings.consumeTimeoutMs + 45_000;
  const outcomes: BenchmarkOutcome[] = [];
  let failed = false;
  for (const benchmark of selected) {
    const caseTimeoutMs = benchmark.caseTimeoutMs ?? defaultCaseTimeoutMs;
    let preparation: ChildOutcome | undefined;
    if (benchmark.prepare && !interrupted) {
      log(`${benchmark.prepare}: starting`);
      preparation = await runCaseInChild(benchmark.prepare, settings, caseTimeoutMs);
      if ('error' in preparation) {
        failed = true;
        log(`${benchmark.prepare} failed: ${preparation.error}`);
      }
    }
    let stack: RunningBenchPlatform | undefined;
    let stackError: string | undefined;
    if (benchmark.platform && !interrupted) {
      log(`${benchmark.name}: starting the platform stack`);
      try {
        stack = await startBenchPlatform(settings);
      } catch (error) {
        failed = true;
        stackError = error instanceof Error ? error.message : String(error);
        log(`${benchmark.name}: the platform stack did not start: ${stackError}`);
      }
    }
    const caseSettings: BenchSettings = stack ? { ...settings, platform: stack.platform } : settings;
    // The baseline first: it also warms up the broker for the case, not the other way round.
    const results: ChildOutcome[] = [];
    try {
      for (const caseName of [benchmark.baseline, benchmark.subject]) {
        if (interrupted) break;
        if (preparation && 'error' in preparation) {
          results.push({ caseName, error: `not run: ${preparation.caseName} failed` });
          continue;
        }
        if (stackError !== undefined) {
          results.push({ caseName, error: `not run: the platform stack did not start (${stackError})` });
          continue;
        }
        log(`${caseName}: starting`);
        const result = await runCaseInChild(caseName, caseSettings, caseTimeoutMs);
        if ('error' in result || !result.complete) {
          failed = true;
          await removeLeftovers(caseName, settings);
        }
        if ('error' in result) log(`${caseName} failed: ${result.error}`);
        results.push(result);
      }
    } finally {
      if (stack) {
        log(`${benchmark.name}: stopping the platform stack`);
        await stack.stop().catch((error) => log(`could not stop the platform stack: ${String(error)}`));
      }
    }
    if (interrupted) break;
    outcomes.push({
      name: benchmark.name,
      description: benchmark.describe(settings),
      rows: benchmark.rows,
      preparation,
      baseline: results[0],
      subject: results[1],
    });
  }

  if (interrupted) {
    log('interrupted: nothing written');
    return 130;
  }
  const section = renderRun(settings, machine, outcomes);
  console.log(`\n${section}`);
  if (options.write) {
    if (!existsSync(REPORT_PATH)) writeFileSync(REPORT_PATH, REPORT_HEADER);
    appendFileSync(REPORT_PATH, `\n${section}`);
    log(`appended to ${path.relative(process.cwd(), REPORT_PATH)}`);
  }
  return failed ? 1 : 0;
}

// kafkajs 2 warns once per producer that its default partitioner changed in 2.0; nothing here uses 1.x.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

if (process.argv[2] === CHILD_FLAG) {
  void runChild(process.argv[3], process.argv[4]);
} else {
  // On Ctrl-C or SIGTERM, let the running case clean up (it stops at its next check), then leave.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      interrupted = true;
      log(`${signal}: stopping the running case`);
      if (currentChild && currentChild.exitCode === null) currentChild.kill('SIGTERM');
    });
  }
  Promise.resolve()
    .then(() => runParent(parseOptions(process.argv.slice(2))))
    .then(
      (code) => process.exit(code),
      (error) => {
        console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
}
