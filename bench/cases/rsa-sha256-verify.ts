import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { BenchSettings } from '../support/settings';
import { loadNote, runPasses } from '../support/timing';
import { describeTokenSet, readTokenSet } from '../support/tokens';
import { verificationFigures } from './token-verification';

export const RSA_SHA256_VERIFY = 'rsa-sha256-verify';

/**
 * Baseline of `token-verification`: Node's `crypto.verify('RSA-SHA256', ...)` of each token's
 * signature over its signing input (`header.payload`), both split off and decoded beforehand. The
 * cryptographic floor of an RS256 check: no JSON, no claims, no key lookup.
 */
export async function runRsaSha256Verify(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const notes = [loadNote('at the start')];
  const set = readTokenSet(settings);
  const setupStart = performance.now();
  const publicKey = createPublicKey(readFileSync(set.publicKeyFile, 'utf8'));
  const setupMs = performance.now() - setupStart;
  const parts = set.tokens.map((token) => {
    const dot = token.lastIndexOf('.');
    return {
      signingInput: Buffer.from(token.slice(0, dot)),
      signature: Buffer.from(token.slice(dot + 1), 'base64url'),
    };
  });

  log(`${RSA_SHA256_VERIFY}: verifying ${parts.length} signatures, three passes`);
  const passes = runPasses(
    parts.length,
    (index) => verify('RSA-SHA256', parts[index].signingInput, publicKey, parts[index].signature),
    (valid) => valid,
    aborted,
  );
  const rejected = passes.results.filter((valid) => !valid).length;
  if (rejected > 0) throw new Error(`${rejected} of ${parts.length} signatures did not verify`);
  return {
    caseName: RSA_SHA256_VERIFY,
    complete: true,
    figures: verificationFigures(set.tokens, setupMs, passes),
    ...processUsage(),
    checks: [`${describeTokenSet(set)}`, 'every signature valid in each of the three passes'],
    notes: [
      ...notes,
      `timer overhead subtracted from each timed call: ${(passes.timerOverheadMs * 1e6).toFixed(0)} ns`,
      loadNote('at the end'),
    ],
  };
}
