import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import { benchDevToken, benchGraphql } from '../support/platform';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const REFERRAL_ROUND_TRIP = 'referral-round-trip';

/** Untimed round trips before the timed ones: connection set-up, JIT, first query plans. */
const WARM_UP = 10;

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const PUBLISH = `mutation ($input: PublishServiceInput!) { publishService(input: $input) { id } }`;
const RECEIVERS = `query ($filter: ReceiversFilterInput!) {
  referralReceivers(filter: $filter, page: { first: 100 }) { nodes { serviceId organisationName } }
}`;
const REGISTER_CASE = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;
const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const SEND = `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id status } }`;
const ACCEPT = `mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { id status } }`;

/** One timed GraphQL call; throws on any error so a figure is never of a failed call. */
async function timed<T>(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const start = performance.now();
  const data = await benchGraphql<T>(url, query, variables, token);
  return { ms: performance.now() - start, data };
}

/** The receiving organisation with a GBV service, awaited on the referrals replicas (through Kafka). */
async function prepareReceiver(url: string, settings: BenchSettings): Promise<{ receiver: string; serviceId: string }> {
  const admin = await benchDevToken(url, ['PLATFORM_ADMIN'], null, `bench-admin-referrals-${settings.runId}`);
  const { registerOrganisation } = await benchGraphql<{ registerOrganisation: { id: string } }>(
    url,
    REGISTER,
    { input: { name: `Receptora Bench ${settings.runId}`, type: 'NNGO' } },
    admin,
  );
  const serviceId = randomUUID();
  await benchGraphql(
    url,
    PUBLISH,
    {
      input: {
        id: serviceId,
        organisationId: registerOrganisation.id,
        name: `Atención VBG Bench ${settings.runId}`,
        description: 'Servicio de referencia para la medición.',
        languages: ['es'],
        sectors: [{ sector: 'PRO', subSector: 'GBV' }],
        locations: [{ name: 'Oficina', address1: 'Av. Arequipa 100', pcode: 'PE150101' }],
      },
    },
    admin,
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { referralReceivers } = await benchGraphql<{
      referralReceivers: { nodes: { serviceId: string; organisationName: string | null }[] };
    }>(url, RECEIVERS, { filter: { sector: 'PRO', subSector: 'GBV', pcode: 'PE15' } }, admin);
    if (referralReceivers.nodes.some((node) => node.serviceId === serviceId && node.organisationName)) break;
    if (Date.now() > deadline) throw new Error(`service ${serviceId} not on the referrals replicas in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { receiver: registerOrganisation.id, serviceId };
}

/**
 * For each referral, one at a time: `sendReferral` by a case worker of the sending organisation,
 * then `acceptReferral` by one of the receiving organisation, both through the gateway; the figure
 * is the two round trips together (send to accepted), with each part reported too.
 */
export async function runReferralRoundTrip(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  const { gatewayUrl: url, organisationId: sender } = settings.platform;
  const { receiver, serviceId } = await prepareReceiver(url, settings);
  const senderWorker = await benchDevToken(url, ['PARTNER_REPORTER'], sender, `bench-sender-${settings.runId}`);
  const receiverWorker = await benchDevToken(url, ['PARTNER_REPORTER'], receiver, `bench-receiver-${settings.runId}`);
  const { registerCase } = await benchGraphql<{ registerCase: { id: string } }>(
    url,
    REGISTER_CASE,
    { input: { personalData: { givenNames: 'Persona', familyNames: 'De Prueba', languages: ['es'] } } },
    senderWorker,
  );
  const { recordConsent } = await benchGraphql<{ recordConsent: { id: string } }>(
    url,
    RECORD_CONSENT,
    {
      input: {
        caseId: registerCase.id,
        givenBy: 'PERSON',
        recipientOrganisationIds: [receiver],
        purposes: ['REFERRAL'],
        method: 'WRITTEN',
        givenAt: new Date().toISOString(),
      },
    },
    senderWorker,
  );
  const notes = [loadNote('at the start')];
  const sendMs: number[] = [];
  const acceptMs: number[] = [];
  const roundTripMs: number[] = [];
  const total = WARM_UP + settings.reports;
  for (let i = 0; i < total; i++) {
    if (aborted()) throw new Error('aborted');
    const sent = await timed<{ sendReferral: { id: string; status: string } }>(
      url,
      SEND,
      {
        input: {
          caseId: registerCase.id,
          consentId: recordConsent.id,
          serviceId,
          sector: 'PRO',
          subSector: 'GBV',
          reason: 'Medición',
          priority: 'URGENT',
          placePcode: 'PE150101',
        },
      },
      senderWorker,
    );
    if (sent.data.sendReferral.status !== 'SENT') throw new Error(`sent as ${sent.data.sendReferral.status}`);
    const accepted = await timed<{ acceptReferral: { status: string } }>(
      url,
      ACCEPT,
      { input: { referralId: sent.data.sendReferral.id } },
      receiverWorker,
    );
    if (accepted.data.acceptReferral.status !== 'ACCEPTED') throw new Error('not accepted');
    if (i >= WARM_UP) {
      sendMs.push(sent.ms);
      acceptMs.push(accepted.ms);
      roundTripMs.push(sent.ms + accepted.ms);
    }
    if ((i + 1) % 100 === 0) log(`${REFERRAL_ROUND_TRIP}: ${i + 1}/${total} referrals sent and accepted`);
  }
  notes.push(loadNote('at the end'));
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const [round, send, accept] = [sorted(roundTripMs), sorted(sendMs), sorted(acceptMs)];
  return {
    caseName: REFERRAL_ROUND_TRIP,
    complete: true,
    figures: {
      requests: round.length,
      latencyP50: percentile(round, 50),
      latencyP95: percentile(round, 95),
      latencyP99: percentile(round, 99),
      latencyMax: round[round.length - 1] ?? Number.NaN,
      latencyMean: round.reduce((sum, value) => sum + value, 0) / (round.length || 1),
      sendP50: percentile(send, 50),
      sendP99: percentile(send, 99),
      acceptP50: percentile(accept, 50),
      acceptP99: percentile(accept, 99),
    },
    ...processUsage(),
    checks: [`${total} referrals sent (status SENT) and accepted (status ACCEPTED), no GraphQL errors`],
    notes,
  };
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 2 });

export const REFERRAL_ROUND_TRIP_ROWS: FigureRow[] = [
  { label: 'timed round trips', value: (r) => r.figures.requests ?? null, digits: 0, compare: false },
  ms('send + accept / status query p50 (ms)', 'latencyP50'),
  ms('send + accept / status query p95 (ms)', 'latencyP95'),
  ms('send + accept / status query p99 (ms)', 'latencyP99'),
  ms('send + accept / status query max (ms)', 'latencyMax'),
  ms('send + accept / status query mean (ms)', 'latencyMean'),
  ms('send p50 (ms)', 'sendP50'),
  ms('send p99 (ms)', 'sendP99'),
  ms('accept p50 (ms)', 'acceptP50'),
  ms('accept p99 (ms)', 'acceptP99'),
  { label: 'peak RSS of the client process (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the client process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];

export function describeReferralRoundTrip(settings: BenchSettings): string {
  return (
    `All six apps from dist/ (the platform stack of report-submit-latency). A receiving organisation and its ` +
    `PRO/GBV service are published through the gateway and awaited on the referrals replicas; one case (sealed ` +
    `personal data) and one consent are recorded by a PARTNER_REPORTER of the sending organisation. Then, one at a ` +
    `time, ${settings.reports.toLocaleString('en-US')} referrals (after ${WARM_UP} untimed): \`sendReferral\` to the ` +
    `service as the sender, then \`acceptReferral\` as a PARTNER_REPORTER of the receiver. The figure is the two ` +
    `HTTP round trips added (fetch to body parsed), each also reported alone. Baseline: \`{ needsStatus { service } }\` ` +
    `round trips, one per referral (a single hop, so compare with half the figure).`
  );
}
