import { performance } from 'node:perf_hooks';
import { TokenVerifier, type Viewer } from '@coordination/auth';
import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote, runAsyncPasses, summariseMicroseconds, type PassFigures } from '../support/timing';
import { GATEWAY_TOKEN_AUDIENCE, describeTokenSet, readTokenSet, type PlannedSubject } from '../support/tokens';

export const TOKEN_VERIFICATION = 'token-verification';

/**
 * The gateway's token check, in process: `bearerTokenMiddleware` (apps/gateway) awaits
 * `verifier.viewerFromHeader(request.headers.authorization)` for every request; this calls that with
 * `Bearer <token>` for every token, one at a time, with a verifier set up as the gateway sets it up
 * in development (`TokenVerifier.create` with the public key file). Every token must be accepted
 * and read as the user, organisation and grants it was signed for.
 */
export async function runTokenVerification(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const notes = [loadNote('at the start')];
  const set = readTokenSet(settings);
  const setupStart = performance.now();
  const verifier = await TokenVerifier.create({ ...GATEWAY_TOKEN_AUDIENCE, publicKeyFile: set.publicKeyFile });
  const setupMs = performance.now() - setupStart;
  const headers = set.tokens.map((token) => `Bearer ${token}`);

  log(`${TOKEN_VERIFICATION}: verifying ${headers.length} tokens, three passes`);
  const passes = await runAsyncPasses(
    headers.length,
    (index) => verifier.viewerFromHeader(headers[index]),
    (viewer) => viewer !== null,
    aborted,
  );
  const misread = passes.results.flatMap((viewer, index) =>
    viewer !== null && sameViewer(viewer, set.subjects[index]) ? [] : [index],
  );
  if (misread.length > 0) {
    const index = misread[0];
    throw new Error(
      `${misread.length} tokens were read as another viewer, e.g. token ${index}: ` +
        `${JSON.stringify(passes.results[index])} instead of ${JSON.stringify(set.subjects[index])}`,
    );
  }
  return {
    caseName: TOKEN_VERIFICATION,
    complete: true,
    figures: verificationFigures(set.tokens, setupMs, passes),
    ...processUsage(),
    checks: [
      `${describeTokenSet(set)}`,
      `every token accepted in each of the three passes and read as the user, organisation, roles and grants it was signed for`,
    ],
    notes: [
      ...notes,
      `timer overhead subtracted from each timed call: ${(passes.timerOverheadMs * 1e6).toFixed(0)} ns`,
      loadNote('at the end'),
    ],
  };
}

function sameViewer(viewer: Viewer, subject: PlannedSubject): boolean {
  const roles = [...new Set(subject.grants.map((grant) => grant.role))];
  return (
    viewer.userId === subject.userId &&
    viewer.organisationId === subject.organisationId &&
    JSON.stringify(viewer.roles) === JSON.stringify(roles) &&
    JSON.stringify(viewer.grants) === JSON.stringify(subject.grants)
  );
}

/** Figures both cases of the `token-verification` benchmark report, under the same names. */
export function verificationFigures(
  tokens: readonly string[],
  setupMs: number,
  passes: PassFigures<unknown>,
): Record<string, number | null> {
  const latency = summariseMicroseconds(passes.latenciesMs);
  const count = passes.latenciesMs.length;
  return {
    tokens: count,
    tokenBytes: tokens.reduce((sum, token) => sum + token.length, 0) / tokens.length,
    setupMs,
    firstPassPerSecond: count / (passes.firstPassMs / 1000),
    perSecond: count / (passes.warmPassMs / 1000),
    p50: latency.p50,
    p95: latency.p95,
    p99: latency.p99,
    max: latency.max,
    mean: latency.mean,
  };
}

export function describeTokenVerification(settings: BenchSettings): string {
  return (
    `${settings.tokens.toLocaleString('en-US')} distinct RS256 access tokens, signed beforehand in a process of ` +
    `their own (\`token-signing\`, so neither case pays for it) by the directory's ` +
    `\`AccessTokenIssuer\` (1–3 grants each, coordinator grants scoped by sector, half of them also by region; development key ` +
    `pair from \`ensureDevKeyPair\`, RSA 2048; issuer and audience the gateway's defaults), each checked as the ` +
    `gateway's \`bearerTokenMiddleware\` checks a request: \`await verifier.viewerFromHeader('Bearer <token>')\`, ` +
    `the verifier made by \`TokenVerifier.create({ issuer, audience, publicKeyFile })\` (jose \`jwtVerify\`: ` +
    `header and payload decoding, key chosen by \`kid\` from a local key set, RS256 signature, iss/aud/exp ` +
    `checks, then the claims read into a \`Viewer\`). One call at a time, three passes over all tokens in one ` +
    `process: cold, warm (the rate), and timed per call with \`performance.now()\` (timer overhead subtracted). ` +
    `In process only: HTTP through a running gateway is not measured. Baseline: \`crypto.verify('RSA-SHA256', ` +
    `signingInput, publicKey, signature)\` on the same tokens' signing inputs and signatures, split and decoded ` +
    `beforehand — the cryptographic floor, so the ratio is what the JWT handling costs on top.`
  );
}

const micro = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 1 });

export const TOKEN_VERIFICATION_ROWS: FigureRow[] = [
  { label: 'distinct tokens, each accepted', value: (r) => r.figures.tokens ?? null, digits: 0, compare: false },
  { label: 'token length (bytes, mean)', value: (r) => r.figures.tokenBytes ?? null, digits: 0, compare: false },
  { label: 'verifier / public key set-up (ms)', value: (r) => r.figures.setupMs ?? null, digits: 2 },
  { label: 'tokens/s, first pass (cold)', value: (r) => r.figures.firstPassPerSecond ?? null, digits: 0 },
  { label: 'tokens/s, warm', value: (r) => r.figures.perSecond ?? null, digits: 0 },
  micro('latency p50 (µs)', 'p50'),
  micro('latency p95 (µs)', 'p95'),
  micro('latency p99 (µs)', 'p99'),
  micro('latency max (µs)', 'max'),
  micro('latency mean (µs)', 'mean'),
  { label: 'peak RSS (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];
