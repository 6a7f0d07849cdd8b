import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { BenchSettings } from '../support/settings';
import { describeTokenSet, issueTokenSet } from '../support/tokens';

export const TOKEN_SIGNING = 'token-signing';

/**
 * Preparation of `token-verification`, in a process of its own so that neither of its cases pays
 * for it: signs the tokens both cases verify and leaves them in the run's work directory.
 */
export async function runTokenSigning(settings: BenchSettings): Promise<FiguresResult> {
  log(`${TOKEN_SIGNING}: signing ${settings.tokens} tokens`);
  const { set, signMs } = await issueTokenSet(settings);
  return {
    caseName: TOKEN_SIGNING,
    complete: true,
    figures: { tokens: set.tokens.length, signMs },
    ...processUsage(),
    checks: [describeTokenSet(set)],
    notes: [
      `signed one at a time by \`AccessTokenIssuer.issue\` in ${(signMs / 1000).toFixed(1)} s ` +
        `(${Math.round(set.tokens.length / (signMs / 1000)).toLocaleString('en-US')} tokens/s)`,
    ],
  };
}
