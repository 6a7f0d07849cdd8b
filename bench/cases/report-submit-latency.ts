import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import { benchDevToken } from '../support/platform';
import type { BenchPlatform } from '../support/settings';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const REPORT_SUBMIT_LATENCY = 'report-submit-latency';
export const GATEWAY_STATUS_QUERY = 'gateway-status-query';

/** Untimed round trips before the timed ones: connection set-up, JIT, first query plans. */
const WARM_UP = 10;

const STATUS = `{ needsStatus { service } }`;
const CREATE = `mutation ($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id status version } }`;
const SUBMIT = `mutation ($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id status } }`;

interface Answer {
  status: number;
  body: { data?: Record<string, { id?: string; status?: string; service?: string } | undefined>; errors?: unknown[] };
}

/** One POST to the gateway, timed from the request to the whole response body read. */
async function timedPost(
  platform: BenchPlatform,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ms: number; answer: Answer }> {
  const body = JSON.stringify({ query, variables });
  const start = performance.now();
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const parsed = (await response.json()) as Answer['body'];
  const ms = performance.now() - start;
  return { ms, answer: { status: response.status, body: parsed } };
}

function expectField(answer: Answer, field: string, check: (value: Record<string, unknown>) => boolean): void {
  const value = answer.body.data?.[field];
  if (answer.status !== 200 || answer.body.errors?.length || !value || !check(value)) {
    throw new Error(`${field}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
  }
}

function summary(prefix: string, latencies: number[]): Record<string, number> {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    [`${prefix}P50`]: percentile(sorted, 50),
    [`${prefix}P95`]: percentile(sorted, 95),
    [`${prefix}P99`]: percentile(sorted, 99),
    [`${prefix}Max`]: sorted[sorted.length - 1] ?? Number.NaN,
    [`${prefix}Mean`]: sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1),
  };
}

function platformOf(settings: BenchSettings): BenchPlatform {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  return settings.platform;
}

/** The draft the e2e spec creates (PRO-GBV-01 in San Juan de Lurigancho), under a fresh id and a month of 2025. */
function reportInput(index: number) {
  return {
    id: randomUUID(),
    sector: 'PRO',
    indicatorCode: 'PRO-GBV-01',
    pcode: 'PE150132',
    month: `2025-${String(1 + (index % 9)).padStart(2, '0')}`,
    populationGroup: 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: 40,
    cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
    newBeneficiaries: 25,
  };
}

/**
 * For each report, one at a time: create a draft (timed), then submit it (timed), both as a
 * PARTNER_REPORTER of the registered organisation through the gateway.
 */
export async function runReportSubmitLatency(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const platform = platformOf(settings);
  const token = await benchDevToken(
    platform.gatewayUrl,
    ['PARTNER_REPORTER'],
    platform.organisationId,
    `bench-reporter-${settings.runId}`,
  );
  const notes = [loadNote('at the start')];
  const createMs: number[] = [];
  const submitMs: number[] = [];
  const total = WARM_UP + settings.reports;
  for (let i = 0; i < total; i++) {
    if (aborted()) throw new Error('aborted');
    const input = reportInput(i);
    const created = await timedPost(platform, token, CREATE, { input });
    expectField(created.answer, 'createActivityReport', (r) => r.id === input.id && r.status === 'DRAFT');
    const submitted = await timedPost(platform, token, SUBMIT, { input: { id: input.id } });
    expectField(submitted.answer, 'submitActivityReport', (r) => r.id === input.id && r.status === 'SUBMITTED');
    if (i >= WARM_UP) {
      createMs.push(created.ms);
      submitMs.push(submitted.ms);
    }
    if ((i + 1) % 100 === 0) log(`${REPORT_SUBMIT_LATENCY}: ${i + 1}/${total} reports submitted`);
  }
  notes.push(loadNote('at the end'));
  return {
    caseName: REPORT_SUBMIT_LATENCY,
    complete: true,
    figures: { requests: submitMs.length, ...summary('latency', submitMs), ...summary('create', createMs) },
    ...processUsage(),
    checks: [`${total} drafts created (status DRAFT) and submitted (status SUBMITTED), no GraphQL errors`],
    notes,
  };
}

/** The same round trip for `{ needsStatus { service } }` with the same kind of token: the gateway hop alone. */
export async function runGatewayStatusQuery(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const platform = platformOf(settings);
  const token = await benchDevToken(
    platform.gatewayUrl,
    ['PARTNER_REPORTER'],
    platform.organisationId,
    `bench-status-${settings.runId}`,
  );
  const notes = [loadNote('at the start')];
  const latencies: number[] = [];
  const total = WARM_UP + settings.reports;
  for (let i = 0; i < total; i++) {
    if (aborted()) throw new Error('aborted');
    const { ms, answer } = await timedPost(platform, token, STATUS, {});
    expectField(answer, 'needsStatus', (s) => s.service === 'needs');
    if (i >= WARM_UP) latencies.push(ms);
  }
  notes.push(loadNote('at the end'));
  return {
    caseName: GATEWAY_STATUS_QUERY,
    complete: true,
    figures: { requests: latencies.length, ...summary('latency', latencies) },
    ...processUsage(),
    checks: [`${total} answers with service "needs", no GraphQL errors`],
    notes,
  };
}

const ms = (label: string, key: string): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? null,
  digits: 2,
});

export const REPORT_SUBMIT_LATENCY_ROWS: FigureRow[] = [
  { label: 'timed round trips', value: (r) => r.figures.requests ?? null, digits: 0, compare: false },
  ms('submit / status query p50 (ms)', 'latencyP50'),
  ms('submit / status query p95 (ms)', 'latencyP95'),
  ms('submit / status query p99 (ms)', 'latencyP99'),
  ms('submit / status query max (ms)', 'latencyMax'),
  ms('submit / status query mean (ms)', 'latencyMean'),
  ms('create draft p50 (ms)', 'createP50'),
  ms('create draft p95 (ms)', 'createP95'),
  ms('create draft p99 (ms)', 'createP99'),
  ms('create draft max (ms)', 'createMax'),
  { label: 'peak RSS of the client process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the client process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];

export function describeReportSubmitLatency(settings: BenchSettings): string {
  return (
    `All six apps from dist/ (ports +35000, databases \`coord_<service>_bench_test\`, Kafka the bench broker, ` +
    `gateway GRAPHQL_MAX_COST 1,000,000), one organisation registered by a platform admin and awaited on the ` +
    `activities replica. Then, one at a time, ${settings.reports.toLocaleString('en-US')} reports (after ` +
    `${WARM_UP} untimed): \`createActivityReport\` of a PRO-GBV-01 draft for PE150132 (the e2e spec's input, ` +
    `fresh id, months 2025-01..09), then \`submitActivityReport\`, as a PARTNER_REPORTER of that organisation. ` +
    `Each figure is one HTTP round trip to the gateway, from \`fetch\` to the response body parsed (Node's fetch, ` +
    `keep-alive). Baseline: the same round trip, as many times, for \`{ needsStatus { service } }\` (no ` +
    `\`activitiesStatus\` in the supergraph) with the same kind of token: gateway, token check and one subgraph hop. ` +
    `The create rows have no baseline.`
  );
}
