import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Message } from 'kafkajs';
import { Client } from 'pg';
import { ensureDevKeyPair } from '@coordination/auth';
import {
  ORGANISATION_TYPES,
  OrganisationRegisteredV1,
  ReportCreatedV1,
  TOPICS,
  createCloudEvent,
  type CloudEvent,
} from '@coordination/contracts';
import { dropDatabase } from '@coordination/database';
import { createKafkaClient, provisionTopics } from '@coordination/messaging';
import { REPORTING_SOURCE_TOPICS } from '../../apps/reporting/src/source-topics';
import {
  reportApproved,
  reportCreated,
  reportSnapshot,
  reportSubmitted,
} from '../../apps/reporting/src/testing/coverage-events';
import { kafkaMessageOf } from '../support/events';
import { benchLogger, log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { FigureRow } from '../support/report';
import { databaseUrl, groupIdFor, type BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const REPORTING_REBUILD = 'reporting-rebuild';
export const REPORTING_REBUILD_RAW = 'reporting-rebuild-raw';
export const REPORTING_REBUILD_EVENTS = 'reporting-rebuild-events';
export const BENCH_REBUILD_DATABASE = 'coord_reporting_rebuild_bench_test';

/** Reports on the topics, each with its created, submitted and approved events: 3 x this many report events. */
const REPORTS = 80_000;
const ORGANISATIONS = 60;
const SECTOR_INDICATORS: [string, string][] = [
  ['HEA', 'HEA-01'],
  ['EDU', 'EDU-01'],
  ['PRO', 'PRO-GBV-01'],
  ['FSC', 'FSC-01'],
  ['WSH', 'WSH-01'],
];
const DISTRICTS = ['PE150101', 'PE150132', 'PE140101', 'PE130101', 'PE200101', 'PE040101', 'PE050101', 'PE240101'];
const POPULATION_GROUPS = ['IN_DESTINATION', 'IN_TRANSIT', 'HOST_COMMUNITY'];
const PRODUCE_BATCH = 1_000;

function organisationIds(): string[] {
  return Array.from({ length: ORGANISATIONS }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
}

/**
 * Preparation: the reporting source topics, created as the platform creates them, filled with valid
 * contract events: 60 OrganisationRegisteredV1 and, for 80,000 reports, ReportCreatedV1, ReportSubmittedV1
 * and ReportApprovedV1 (versions 1, 2, 3) keyed by report id, as the activities outbox would publish them.
 */
export async function runReportingRebuildEvents(
  settings: BenchSettings,
  aborted: () => boolean,
): Promise<FiguresResult> {
  const kafka = createKafkaClient({
    brokers: settings.brokers,
    clientId: `bench-rebuild-events-${settings.runId}`,
    logger: benchLogger(REPORTING_REBUILD_EVENTS),
  });
  await provisionTopics(
    kafka,
    TOPICS.filter((topic) => (REPORTING_SOURCE_TOPICS as readonly string[]).includes(topic.name)),
  );
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const started = performance.now();
  let produced = 0;
  try {
    const organisations = organisationIds();
    const organisationEvents = organisations.map((organisationId, i) =>
      createCloudEvent(OrganisationRegisteredV1, {
        subject: organisationId,
        source: '/coordination/directory',
        data: {
          organisationId,
          name: `Organización de prueba ${i + 1}`,
          acronym: `ORG${i + 1}`,
          type: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length],
          registeredAt: settings.startedAt,
        },
      }),
    );
    await producer.send({
      topic: OrganisationRegisteredV1.topic,
      acks: -1,
      messages: organisationEvents.map(kafkaMessageOf),
    });
    produced += organisationEvents.length;
    let batch: Message[] = [];
    const flush = async () => {
      await producer.send({ topic: ReportCreatedV1.topic, acks: -1, messages: batch });
      produced += batch.length;
      batch = [];
    };
    for (let i = 0; i < REPORTS; i++) {
      if (aborted()) throw new Error('aborted');
      const [sector, indicatorCode] = SECTOR_INDICATORS[i % SECTOR_INDICATORS.length];
      const quantity = 1 + ((i * 13) % 400);
      const shape = {
        organisationId: organisations[(i * 31) % ORGANISATIONS],
        month: 1 + (Math.floor(i / 7) % 12),
        quantity,
        newBeneficiaries: Math.floor(quantity / 2),
        sector,
        indicatorCode,
        districtPcode: DISTRICTS[i % DISTRICTS.length],
        populationGroup: POPULATION_GROUPS[i % POPULATION_GROUPS.length],
      };
      const reportId = randomUUID();
      const events: CloudEvent[] = [
        reportCreated(reportSnapshot(shape, reportId, 1)),
        reportSubmitted(reportSnapshot(shape, reportId, 2)),
        reportApproved(reportSnapshot(shape, reportId, 3)),
      ];
      batch.push(...events.map(kafkaMessageOf));
      if (batch.length >= PRODUCE_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  } finally {
    await producer.disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    caseName: REPORTING_REBUILD_EVENTS,
    complete: true,
    figures: { produced, produceSeconds: seconds },
    ...processUsage(),
    checks: [`${produced} events produced (acks -1): ${ORGANISATIONS} organisations, ${REPORTS * 3} report events`],
    notes: [`produced in ${seconds.toFixed(1)} s`],
  };
}

/** Events on the source topics now (high watermarks added up). */
async function eventsOnTopics(settings: BenchSettings): Promise<number> {
  const admin = createKafkaClient({ brokers: settings.brokers, clientId: `bench-offsets-${settings.runId}` }).admin();
  await admin.connect();
  try {
    let total = 0;
    for (const topic of REPORTING_SOURCE_TOPICS) {
      for (const partition of await admin.fetchTopicOffsets(topic)) total += Number(partition.high);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}

/** Baseline: a plain kafkajs consumer (fresh group, from the beginning) parsing every event's JSON, no database. */
export async function runReportingRebuildRaw(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const total = await eventsOnTopics(settings);
  const groupId = groupIdFor(REPORTING_REBUILD_RAW, settings.runId);
  const kafka = createKafkaClient({
    brokers: settings.brokers,
    clientId: `bench-rebuild-raw-${settings.runId}`,
    logger: benchLogger(REPORTING_REBUILD_RAW),
  });
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  let seen = 0;
  let lastAt = Number.NaN;
  const notes = [loadNote('at the start')];
  await consumer.connect();
  const started = performance.now();
  try {
    await consumer.subscribe({ topics: REPORTING_SOURCE_TOPICS, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value) JSON.parse(message.value.toString());
        seen++;
        lastAt = performance.now();
      },
    });
    const deadline = performance.now() + settings.consumeTimeoutMs;
    while (seen < total && performance.now() < deadline && !aborted()) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await consumer.disconnect().catch(() => undefined);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  notes.push(loadNote('at the end'));
  const seconds = (lastAt - started) / 1000;
  return {
    caseName: REPORTING_REBUILD_RAW,
    complete: seen >= total,
    figures: { events: seen, seconds, eventsPerSecond: seen / seconds, wallSeconds: seconds },
    ...processUsage(),
    checks: [`${seen} of ${total} events consumed and parsed`],
    notes,
  };
}

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * `node dist/apps/reporting/src/rebuild.js` on a fresh reporting database (migrated by the command
 * itself): empties the read model, replays the topics with a fresh group through the live handlers
 * (inbox, one transaction per event) until it has read all they held, prints the checksum.
 */
export async function runReportingRebuild(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const url = databaseUrl(settings, BENCH_REBUILD_DATABASE);
  await dropDatabase(url);
  const keys = ensureDevKeyPair(path.join(REPO_ROOT, '.cache', 'auth'));
  const notes = [loadNote('at the start')];
  const output: string[] = [];
  const started = performance.now();
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/apps/reporting/src/rebuild.js')], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          KAFKA_BROKERS: settings.brokers.join(','),
          AUTH_PUBLIC_KEY_FILE: keys.publicKeyFile,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const stopIfAborted = setInterval(() => {
        if (aborted()) child.kill('SIGTERM');
      }, 500);
      child.stdout.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          output.push(line);
          if (/done|replaying|emptied/.test(line)) log(line);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('error', reject);
      child.on('exit', (exitCode) => {
        clearInterval(stopIfAborted);
        resolve(exitCode);
      });
    });
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`rebuild exited with ${code}: ${output.slice(-5).join(' | ')}`);
    const replaying = output.map((line) => /replaying (\d+) events/.exec(line)).find(Boolean);
    const done = output.map((line) => /done in ([\d.]+) s/.exec(line)).find(Boolean);
    if (!replaying || !done) throw new Error(`unexpected rebuild output: ${output.slice(-5).join(' | ')}`);
    const events = Number(replaying[1]);
    const seconds = Number(done[1]);
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ approved: string; organisations: string }>(
      `SELECT (SELECT count(*) FROM coverage_report_fact WHERE status = 'APPROVED' AND version = 3) AS approved,
              (SELECT count(*) FROM organisation_replica) AS organisations`,
    );
    await client.end();
    notes.push(loadNote('at the end'));
    notes.push(`the command's own lines: ${output.filter((line) => /replaying|done in/.test(line)).join(' / ')}`);
    return {
      caseName: REPORTING_REBUILD,
      complete: true,
      figures: { events, seconds, eventsPerSecond: events / seconds, wallSeconds },
      ...processUsage(),
      checks: [
        `${rows[0].approved} report facts APPROVED at version 3 (${REPORTS} expected), ` +
          `${rows[0].organisations} organisations on the replica (${ORGANISATIONS} expected)`,
      ],
      notes,
    };
  } finally {
    await dropDatabase(url).catch((error) => log(`could not drop ${BENCH_REBUILD_DATABASE}: ${String(error)}`));
  }
}

export const REPORTING_REBUILD_ROWS: FigureRow[] = [
  { label: 'events replayed', value: (r) => r.figures.events ?? null, digits: 0, compare: false },
  { label: 'replay time, first to last event (s)', value: (r) => r.figures.seconds ?? null, digits: 1 },
  { label: 'events per second', value: (r) => r.figures.eventsPerSecond ?? null, digits: 0 },
  {
    label: 'wall time incl. start-up, migrations, checksum (s)',
    value: (r) => r.figures.wallSeconds ?? null,
    digits: 1,
  },
  { label: 'peak RSS of the measuring process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
];

export function describeReportingRebuild(): string {
  return (
    `Preparation: the reporting source topics (${REPORTING_SOURCE_TOPICS.join(', ')}) created with the platform's ` +
    `partition counts on the bench broker and filled with valid contract events: ${ORGANISATIONS} ` +
    `OrganisationRegisteredV1, then for ${REPORTS.toLocaleString('en-US')} reports (5 sectors, 8 districts, 12 ` +
    `months, 3 population groups, ${ORGANISATIONS} organisations) ReportCreatedV1, ReportSubmittedV1 and ` +
    `ReportApprovedV1 (versions 1-3, keyed by report), ${(REPORTS * 3).toLocaleString('en-US')} report events. ` +
    `Case: \`node dist/apps/reporting/src/rebuild.js\` on a fresh database (${BENCH_REBUILD_DATABASE}): it ` +
    `migrates, empties the read model, replays every topic from the start with a fresh group through the live ` +
    `inbox handlers and stops once it has read all; the time and rate are the command's own (group start to ` +
    `all offsets committed, polled each second), the wall time is the whole process. Baseline: a plain kafkajs ` +
    `consumer (fresh group, \`eachMessage\`, JSON.parse of each value, no database) over the same topics, first ` +
    `subscribe to last message.`
  );
}
