import { withDatabaseName } from '@coordination/database';

/** The running platform a benchmark may use (started once by the runner, see platform.ts). */
export interface BenchPlatform {
  /** `http://127.0.0.1:<port>/graphql` of the gateway. */
  gatewayUrl: string;
  /** An organisation registered through the gateway and already on the activities replica. */
  organisationId: string;
}

/** What every benchmark case of one run shares; passed from the runner to each case's child process. */
export interface BenchSettings {
  /** Short id of this run: names fresh topics and consumer groups and tags the events. */
  runId: string;
  /** ISO time the run started; also the `time` of every generated event, so both cases send the same bytes. */
  startedAt: string;
  events: number;
  /** Events per outbox transaction and per kafkajs `sendBatch`. */
  batchSize: number;
  brokers: string[];
  /** Server to use; the database name in it is ignored (bench databases are created next to it). */
  databaseUrl: string;
  /** How long a case may wait for its consumer to see every event before giving up. */
  consumeTimeoutMs: number;
  /** Inputs of the `pcode-resolution` benchmark. */
  geoInputs: number;
  /** Tokens of the `token-verification` benchmark. */
  tokens: number;
  /** Rows of the `activity-import` benchmark's file. */
  importRows: number;
  /** Reports of the `report-submit-latency` benchmark (and status queries of its baseline). */
  reports: number;
  /** The platform stack the runner started for a benchmark that needs one (its cases only). */
  platform?: BenchPlatform;
  /** A private temporary folder of the run, for files the two cases of a benchmark share; the runner removes it. */
  workDir: string;
}

export const BENCH_OUTBOX_DATABASE = 'coord_bench_outbox';
export const BENCH_INBOX_DATABASE = 'coord_bench_inbox';

export function defaultBrokers(): string[] {
  const fromEnv = process.env.KAFKA_BROKERS?.split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  return [`127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`];
}

export function defaultDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(settings: BenchSettings, databaseName: string): string {
  return withDatabaseName(settings.databaseUrl, databaseName);
}

export function rawTopicName(runId: string): string {
  return `bench.raw.${runId}`;
}

export function groupIdFor(caseName: string, runId: string): string {
  return `bench-${caseName}-${runId}`;
}
