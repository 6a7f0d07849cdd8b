import type { Parameters } from 'fast-check';

/**
 * Settings of the generated-input ("fuzz") tests, shared so one run is reproducible end to end.
 *
 * - `FUZZ_SEED`: the seed of every property (a fixed default, so two runs try the same cases; a
 *   failure prints its seed and path, and `FUZZ_SEED` + fast-check's `path` replay it).
 * - `FUZZ_SCALE`: the share of each property's full case count to run. `npm run test:fuzz` runs the
 *   full counts (1; at least 10,000 cases in all, see docs/security.md); `npm test` a tenth.
 */
export const DEFAULT_FUZZ_SEED = 20_261_125;

export function fuzzSeed(): number {
  const configured = process.env.FUZZ_SEED;
  if (configured === undefined || configured === '') return DEFAULT_FUZZ_SEED;
  const seed = Number(configured);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${configured}"`);
  return seed;
}

export function fuzzScale(): number {
  const configured = process.env.FUZZ_SCALE;
  if (configured === undefined || configured === '') return 0.1;
  const scale = Number(configured);
  if (!(scale > 0 && scale <= 10)) throw new Error(`FUZZ_SCALE must be a number in (0, 10], not "${configured}"`);
  return scale;
}

/** fast-check parameters for a property whose full run is `fullRuns` cases. */
export function fuzzParameters<T>(fullRuns: number): Parameters<T> {
  return {
    seed: fuzzSeed(),
    numRuns: Math.max(10, Math.round(fullRuns * fuzzScale())),
    // A shrunk counterexample is what a developer needs, but shrinking through a live platform can
    // take minutes; the budget keeps a failing run short.
    interruptAfterTimeLimit: 10 * 60_000,
    markInterruptAsFailure: true,
  };
}
