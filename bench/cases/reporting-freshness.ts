import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { withDatabaseName } from '@coordination/database';
import { log } from '../support/logger';
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

/**
 * Open loop: report i starts at i / 100 s (unless 300 are in flight), is created and submitted by a
 * PARTNER_REPORTER and approved by a PRO coordinator for PE15, all through the gateway. From the
 * approval's response, a poller on the reporting database (every 10 ms, one query for every report
 * awaited) notes when the fact is there with status APPROVED.
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
  const approvedAt = new Map<string, number>();
  const freshnessMs: number[] = [];
  const chainMs: number[] = [];
  const failures: string[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling || approvedAt.size > 0) {
      if (approvedAt.size > 0) {
        const { rows } = await db.query<{ report_id: string }>(
          `SELECT report_id FROM coverage_report_fact WHERE status = 'APPROVED' AND report_id = ANY($1)`,
          [[...approvedAt.keys()]],
        );
        const now = performance.now();
        for (const row of rows) {
          const at = approvedAt.get(row.report_id);
          if (at === undefined) continue;
          freshnessMs.push(now - at);
          approvedAt.delete(row.report_id);
        }
      }
      if (aborted()) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();

  const notes = [loadNote('at the start')];
  const total = RATE_PER_SECOND * DURATION_SECONDS;
  let inFlight = 0;
  let maxLagMs = 0;
  const chains: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    if (aborted()) break;
    const due = started + (i * 1000) / RATE_PER_SECOND;
    while (performance.now() < due || inFlight >= MAX_IN_FLIGHT) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(5, due - performance.now()))));
    }
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    inFlight++;
    const input = reportInput(i);
    chains.push(
      (async () => {
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
          approvedAt.set(input.id, now);
          chainMs.push(now - chainStart);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        } finally {
          inFlight--;
        }
      })(),
    );
    if ((i + 1) % 500 === 0) log(`${REPORTING_FRESHNESS}: ${i + 1}/${total} reports started, ${inFlight} in flight`);
  }
  await Promise.all(chains);
  const startingSeconds = (performance.now() - started) / 1000;
  const deadline = performance.now() + 60_000;
  while (approvedAt.size > 0 && performance.now() < deadline && !aborted()) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const unseen = approvedAt.size;
  polling = false;
  approvedAt.clear();
  await poller;
  await db.end();
  notes.push(loadNote('at the end'));
  notes.push(
    `${total} reports scheduled over ${DURATION_SECONDS} s; all approved ${startingSeconds.toFixed(1)} s after the first ` +
      `started (${(total / startingSeconds).toFixed(1)} approved reports/s achieved); the schedule fell behind by ` +
      `${maxLagMs.toFixed(0)} ms at most`,
  );
  if (failures.length > 0) notes.push(`${failures.length} chains failed, first: ${failures[0].slice(0, 300)}`);
  const fresh = [...freshnessMs].sort((a, b) => a - b);
  const chain = [...chainMs].sort((a, b) => a - b);
  return {
    caseName: REPORTING_FRESHNESS,
    complete: failures.length === 0 && unseen === 0 && !aborted(),
    figures: {
      reports: fresh.length,
      achievedPerSecond: total / startingSeconds,
      freshnessP50: percentile(fresh, 50),
      freshnessP95: percentile(fresh, 95),
      freshnessP99: percentile(fresh, 99),
      freshnessMax: fresh[fresh.length - 1] ?? Number.NaN,
      chainP50: percentile(chain, 50),
      chainP99: percentile(chain, 99),
    },
    ...processUsage(),
    checks: [
      `${fresh.length} of ${total} approved reports seen APPROVED in coverage_report_fact; ${unseen} unseen after 60 s; ` +
        `${failures.length} failed chains`,
    ],
    notes,
  };
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 1 });

export const REPORTING_FRESHNESS_ROWS: FigureRow[] = [
  { label: 'approved reports measured', value: (r) => r.figures.reports ?? null, digits: 0, compare: false },
  {
    label: 'approved reports per second achieved',
    value: (r) => r.figures.achievedPerSecond ?? null,
    digits: 1,
    compare: false,
  },
  ms('approval response -> fact in read model p50 (ms) / status query p50', 'freshnessP50'),
  ms('approval response -> fact in read model p95 (ms) / status query p95', 'freshnessP95'),
  ms('approval response -> fact in read model p99 (ms) / status query p99', 'freshnessP99'),
  ms('approval response -> fact in read model max (ms) / status query max', 'freshnessMax'),
  ms('create + submit + approve p50 (ms)', 'chainP50'),
  ms('create + submit + approve p99 (ms)', 'chainP99'),
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
    `reporting inbox consumer -> commit. Baseline: \`{ needsStatus { service } }\` round trips (the gateway hop alone).`
  );
}
