import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { withDatabaseName } from '@coordination/database';
import { ReportApprovedV1 } from '@coordination/contracts';
import { createKafkaClient } from '@coordination/messaging';
import {
  reportApproved,
  reportCreated,
  reportSnapshot,
  reportSubmitted,
} from '../../apps/reporting/src/testing/coverage-events';
import { kafkaMessageOf } from '../support/events';
import { benchLogger, log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import { BENCH_DATABASE_SUFFIX, benchDevToken, benchGraphql } from '../support/platform';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const REPORTING_FRESHNESS = 'reporting-freshness';

/** Reports started per second, each created, submitted then approved through the gateway. */
const RATE_PER_SECOND = 100;
const DURATION_SECONDS = 30;
/** How often the read model is polled for the approved reports not yet seen. */
const POLL_MS = 10;
/** Reports in flight at most; the schedule falls behind (and the note says so) rather than pile up. */
const MAX_IN_FLIGHT = 300;
const LIMA_DISTRICTS = ['PE150101', 'PE150103', 'PE150105', 'PE150110', 'PE150132', 'PE150135', 'PE150142'];

const CREATE = `mutation ($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id status } }`;
const SUBMIT = `mutation ($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id status } }`;
const APPROVE = `mutation ($input: ApproveActivityReportInput!) { approveActivityReport(input: $input) { id status } }`;

function reportInput(index: number) {
  return {
    id: randomUUID(),
    sector: 'PRO',
    indicatorCode: 'PRO-GBV-01',
    pcode: LIMA_DISTRICTS[index % LIMA_DISTRICTS.length],
    month: `2025-${String(1 + (index % 12)).padStart(2, '0')}`,
    populationGroup: 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: 40,
    cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
    newBeneficiaries: 25,
  };
}

/** Polls the reporting read model for approved facts awaited, noting when each is first seen. */
class ApprovedFactWatcher {
  private readonly awaited = new Map<string, number>();
  readonly freshnessMs: number[] = [];
  private polling = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly db: Client,
    aborted: () => boolean,
  ) {
    this.loop = (async () => {
      while (this.polling && !aborted()) {
        if (this.awaited.size > 0) {
          const { rows } = await this.db.query<{ report_id: string }>(
            `SELECT report_id FROM coverage_report_fact WHERE status = 'APPROVED' AND report_id = ANY($1)`,
            [[...this.awaited.keys()]],
          );
          const now = performance.now();
          for (const row of rows) {
            const at = this.awaited.get(row.report_id);
            if (at === undefined) continue;
            this.freshnessMs.push(now - at);
            this.awaited.delete(row.report_id);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
  }

  await(reportId: string, approvedAt: number): void {
    this.awaited.set(reportId, approvedAt);
  }

  /** Waits up to 60 s for the stragglers; returns how many were never seen. */
  async finish(aborted: () => boolean): Promise<number> {
    const deadline = performance.now() + 60_000;
    while (this.awaited.size > 0 && performance.now() < deadline && !aborted()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.polling = false;
    await this.loop;
    return this.awaited.size;
  }
}

/** Starts `run(i)` for i < total at `RATE_PER_SECOND` (open loop, at most MAX_IN_FLIGHT running); returns the lag. */
async function openLoop(
  label: string,
  total: number,
  aborted: () => boolean,
  run: (index: number) => Promise<void>,
): Promise<{ seconds: number; maxLagMs: number }> {
  let inFlight = 0;
  let maxLagMs = 0;
  const running: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    if (aborted()) break;
    const due = started + (i * 1000) / RATE_PER_SECOND;
    while (performance.now() < due || inFlight >= MAX_IN_FLIGHT) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(5, due - performance.now()))));
    }
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    inFlight++;
    running.push(run(i).finally(() => inFlight--));
    if ((i + 1) % 500 === 0) log(`${REPORTING_FRESHNESS} ${label}: ${i + 1}/${total} started, ${inFlight} in flight`);
  }
  await Promise.all(running);
  return { seconds: (performance.now() - started) / 1000, maxLagMs };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/**
 * Two open loops of 30 s at 100 reports a second, the read model polled every 10 ms for the approved
 * facts. Through the gateway: each report created and submitted by a PARTNER_REPORTER and approved by
 * a PRO coordinator for PE15, freshness from the approval's response. Then straight to Kafka: each
 * report's ReportCreatedV1, ReportSubmittedV1 and ReportApprovedV1 produced together on
 * activities.report (acks -1), as the activities outbox would, freshness from the producer's ack; this
 * holds the reporting consumer to 100 reports (300 events) a second even when the gateway cannot.
 */
export async function runReportingFreshness(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  const { gatewayUrl: url, organisationId } = settings.platform;
  const reporter = await benchDevToken(url, ['PARTNER_REPORTER'], organisationId, `bench-fresh-${settings.runId}`);
  const coordinator = await benchDevToken(url, ['SECTOR_COORDINATOR'], null, `bench-coord-${settings.runId}`, [
    { role: 'SECTOR_COORDINATOR', sector: 'PRO', region: 'PE15' },
  ]);
  const db = new Client({
    connectionString: withDatabaseName(settings.databaseUrl, `coord_reporting${BENCH_DATABASE_SUFFIX}`),
  });
  await db.connect();
  const producer = createKafkaClient({
    brokers: settings.brokers,
    clientId: `bench-fresh-${settings.runId}`,
    logger: benchLogger(REPORTING_FRESHNESS),
  }).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const notes = [loadNote('at the start')];
  const total = RATE_PER_SECOND * DURATION_SECONDS;
  try {
    // Through the gateway.
    const gateway = new ApprovedFactWatcher(db, aborted);
    const chainMs: number[] = [];
    const failures: string[] = [];
    const gatewayLoop = await openLoop('gateway', total, aborted, async (i) => {
      const input = reportInput(i);
      const chainStart = performance.now();
      try {
        await benchGraphql(url, CREATE, { input }, reporter);
        await benchGraphql(url, SUBMIT, { input: { id: input.id } }, reporter);
        const approved = await benchGraphql<{ approveActivityReport: { status: string } }>(
          url,
          APPROVE,
          { input: { id: input.id } },
          coordinator,
        );
        const now = performance.now();
        if (approved.approveActivityReport.status !== 'APPROVED') throw new Error('not approved');
        gateway.await(input.id, now);
        chainMs.push(now - chainStart);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    });
    const gatewayUnseen = await gateway.finish(aborted);
    notes.push(loadNote('after the gateway loop'));
    notes.push(
      `gateway: ${total} reports scheduled over ${DURATION_SECONDS} s, all approved ${gatewayLoop.seconds.toFixed(1)} s ` +
        `after the first started (${(total / gatewayLoop.seconds).toFixed(1)} approved reports/s achieved); the ` +
        `schedule fell behind by ${(gatewayLoop.maxLagMs / 1000).toFixed(1)} s at most`,
    );
    if (failures.length > 0) notes.push(`${failures.length} chains failed, first: ${failures[0].slice(0, 300)}`);

    // Straight to Kafka.
    const events = new ApprovedFactWatcher(db, aborted);
    const eventsLoop = await openLoop('events', total, aborted, async (i) => {
      const input = reportInput(i);
      const shape = {
        organisationId,
        month: Number(input.month.slice(5)),
        quantity: input.quantity,
        newBeneficiaries: input.newBeneficiaries,
        sector: input.sector,
        indicatorCode: input.indicatorCode,
        districtPcode: input.pcode,
        populationGroup: input.populationGroup,
        cells: input.cells,
      };
      const messages = [
        reportCreated(reportSnapshot(shape, input.id, 1)),
        reportSubmitted(reportSnapshot(shape, input.id, 2)),
        reportApproved(reportSnapshot(shape, input.id, 3)),
      ].map(kafkaMessageOf);
      await producer.send({ topic: ReportApprovedV1.topic, acks: -1, messages });
      events.await(input.id, performance.now());
    });
    const eventsUnseen = await events.finish(aborted);
    notes.push(loadNote('at the end'));
    notes.push(
      `events: ${total} reports (x3 events) produced over ${eventsLoop.seconds.toFixed(1)} s ` +
        `(${(total / eventsLoop.seconds).toFixed(1)} reports/s); the schedule fell behind by ` +
        `${eventsLoop.maxLagMs.toFixed(0)} ms at most`,
    );

    const [viaGateway, viaEvents, chain] = [sorted(gateway.freshnessMs), sorted(events.freshnessMs), sorted(chainMs)];
    return {
      caseName: REPORTING_FRESHNESS,
      complete: failures.length === 0 && gatewayUnseen === 0 && eventsUnseen === 0 && !aborted(),
      figures: {
        reports: viaGateway.length,
        achievedPerSecond: total / gatewayLoop.seconds,
        freshnessP50: percentile(viaGateway, 50),
        freshnessP95: percentile(viaGateway, 95),
        freshnessP99: percentile(viaGateway, 99),
        freshnessMax: viaGateway[viaGateway.length - 1] ?? Number.NaN,
        chainP50: percentile(chain, 50),
        chainP99: percentile(chain, 99),
        eventReports: viaEvents.length,
        eventsPerSecond: total / eventsLoop.seconds,
        eventFreshnessP50: percentile(viaEvents, 50),
        eventFreshnessP95: percentile(viaEvents, 95),
        eventFreshnessP99: percentile(viaEvents, 99),
        eventFreshnessMax: viaEvents[viaEvents.length - 1] ?? Number.NaN,
      },
      ...processUsage(),
      checks: [
        `gateway: ${viaGateway.length} of ${total} approved reports seen APPROVED in coverage_report_fact; ` +
          `${gatewayUnseen} unseen after 60 s; ${failures.length} failed chains`,
        `events: ${viaEvents.length} of ${total} reports seen APPROVED; ${eventsUnseen} unseen after 60 s`,
      ],
      notes,
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await db.end().catch(() => undefined);
  }
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 1 });
/** A freshness figure next to the baseline's status query figure of the same percentile. */
const versus = (label: string, key: string, baselineKey: string): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? r.figures[baselineKey] ?? null,
  digits: 1,
});

export const REPORTING_FRESHNESS_ROWS: FigureRow[] = [
  { label: 'approved reports measured', value: (r) => r.figures.reports ?? null, digits: 0, compare: false },
  {
    label: 'approved reports per second achieved',
    value: (r) => r.figures.achievedPerSecond ?? null,
    digits: 1,
    compare: false,
  },
  versus('approval response -> fact in read model p50 (ms) / status query p50', 'freshnessP50', 'latencyP50'),
  versus('approval response -> fact in read model p95 (ms) / status query p95', 'freshnessP95', 'latencyP95'),
  versus('approval response -> fact in read model p99 (ms) / status query p99', 'freshnessP99', 'latencyP99'),
  versus('approval response -> fact in read model max (ms) / status query max', 'freshnessMax', 'latencyMax'),
  ms('create + submit + approve p50 (ms)', 'chainP50'),
  ms('create + submit + approve p99 (ms)', 'chainP99'),
  {
    label: 'events straight to Kafka: reports per second produced',
    value: (r) => r.figures.eventsPerSecond ?? null,
    digits: 1,
    compare: false,
  },
  ms('events: producer ack -> fact in read model p50 (ms)', 'eventFreshnessP50'),
  ms('events: producer ack -> fact in read model p95 (ms)', 'eventFreshnessP95'),
  ms('events: producer ack -> fact in read model p99 (ms)', 'eventFreshnessP99'),
  ms('events: producer ack -> fact in read model max (ms)', 'eventFreshnessMax'),
  { label: 'peak RSS of the client process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the client process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];

export function describeReportingFreshness(): string {
  return (
    `All six apps from dist/. Open loop for ${DURATION_SECONDS} s: a new report every ${1000 / RATE_PER_SECOND} ms ` +
    `(${RATE_PER_SECOND}/s, at most ${MAX_IN_FLIGHT} in flight), each \`createActivityReport\` (PRO-GBV-01 in one of ` +
    `${LIMA_DISTRICTS.length} Lima districts, months 2025-01..12) and \`submitActivityReport\` as a PARTNER_REPORTER, ` +
    `then \`approveActivityReport\` as a PRO coordinator for PE15, all through the gateway. Freshness is from the ` +
    `approval's HTTP response to the poll (every ${POLL_MS} ms, pg, one query for all awaited ids) that first finds ` +
    `the report's fact APPROVED in the reporting read model (\`coverage_report_fact\`): activities outbox -> Kafka -> ` +
    `reporting inbox consumer -> commit. Then the same ${DURATION_SECONDS} s loop straight to Kafka: each report's ` +
    `ReportCreatedV1, ReportSubmittedV1 and ReportApprovedV1 (versions 1-3) produced together on activities.report ` +
    `(acks -1), freshness from the producer's ack to the fact seen APPROVED. Baseline: \`{ needsStatus { service } }\` round trips (the gateway hop alone).`
  );
}
