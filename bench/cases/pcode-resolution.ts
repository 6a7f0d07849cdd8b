import { performance } from 'node:perf_hooks';
import { Gazetteer, loadGazetteer, type ResolveResult } from '@coordination/geo';
import {
  INPUT_KINDS,
  INPUT_SHARES,
  REBUILDS,
  generateGeoInputs,
  geoLookupFigures,
  geoLookupRemarks,
  tallyOutcomes,
  type GeoInput,
  type InputKind,
  type LookupOutcome,
} from '../support/geo-inputs';
import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { FigureRow } from '../support/report';
import type { BenchSettings } from '../support/settings';
import { loadNote, medianMs, runPasses } from '../support/timing';

export const PCODE_RESOLUTION = 'pcode-resolution';

/**
 * `Gazetteer.resolve` over `settings.geoInputs` mixed inputs made from the real gazetteer (see
 * geo-inputs.ts). Also a correctness check: it fails unless the result mix adds up and every code
 * input resolved to the unit it was made from, every name to that unit or a list containing it.
 */
export async function runPcodeResolution(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const notes = [loadNote('at the start')];
  // First use in a fresh process: reads and parses the CSVs and builds the indexes.
  const buildStart = performance.now();
  const gazetteer = loadGazetteer();
  const buildMs = performance.now() - buildStart;
  // What loadGazetteer() does on its first call, again: the first build above also paid for a cold JIT.
  const rebuildMs = medianMs(REBUILDS, () => Gazetteer.fromDataDir());

  const units = gazetteer.list();
  const inputs = generateGeoInputs(units, settings.geoInputs);
  log(`${PCODE_RESOLUTION}: resolving ${inputs.length} inputs made from ${units.length} units, three passes`);
  const passes = runPasses(
    inputs.length,
    (index) => gazetteer.resolve(inputs[index].text, inputs[index].options),
    (result) => result.status === 'found',
    aborted,
  );
  const outcomes = passes.results.map(outcomeOf);
  const tallies = tallyOutcomes(inputs, outcomes);
  const all = tallies.all;

  const failures = correctnessFailures(inputs, outcomes);
  const mixTotal = all.found + all.ambiguous + all.notFound + all.invalid;
  if (mixTotal !== settings.geoInputs || all.inputs !== settings.geoInputs) {
    failures.unshift(`result mix adds up to ${mixTotal} of ${all.inputs} inputs, expected ${settings.geoInputs}`);
  }
  if (failures.length > 0) {
    throw new Error(`resolve failed ${failures.length} checks, e.g.: ${failures.slice(0, 5).join('; ')}`);
  }

  const remarks = geoLookupRemarks(inputs, passes, tallies);
  const counts = ['department', 'province', 'district'] as const;
  return {
    caseName: PCODE_RESOLUTION,
    complete: true,
    figures: geoLookupFigures({ buildMs, rebuildMs }, passes, all, 'resolve'),
    ...processUsage(),
    checks: [
      `found + ambiguous + not found + invalid = ${mixTotal.toLocaleString('en-US')} (every input once)`,
      'every P-code, INEI and RENIEC input found its own unit; every exact, re-cased or parented name found its ' +
        'unit or a candidate list containing it; no garbage found',
      ...remarks.checks,
    ],
    notes: [
      `gazetteer: ${counts.map((level) => `${gazetteer.count(level)} ${level}s`).join(', ')} valid today`,
      ...notes,
      ...remarks.notes,
      loadNote('at the end'),
    ],
  };
}

function outcomeOf(result: ResolveResult): LookupOutcome {
  switch (result.status) {
    case 'found':
      return { status: 'found', pcodes: [result.unit.pcode], suggestions: [] };
    case 'ambiguous':
      return { status: 'ambiguous', pcodes: result.candidates.map((unit) => unit.pcode), suggestions: [] };
    case 'not_found':
      return { status: 'not_found', pcodes: [], suggestions: result.suggestions.map((unit) => unit.pcode) };
    case 'invalid':
      return { status: 'invalid', pcodes: [], suggestions: [] };
  }
}

/** What each kind of input must give; misspelt names may give anything but `invalid`. */
function correctnessFailures(inputs: readonly GeoInput[], outcomes: readonly LookupOutcome[]): string[] {
  const codes: InputKind[] = ['pcode', 'inei-code', 'reniec-code'];
  const names: InputKind[] = ['exact-name', 'name-variant', 'name-in-parent'];
  const failures: string[] = [];
  inputs.forEach((input, index) => {
    const outcome = outcomes[index];
    const source = input.sourcePcode;
    const ok = codes.includes(input.kind)
      ? outcome.status === 'found' && outcome.pcodes[0] === source
      : names.includes(input.kind)
        ? (outcome.status === 'found' || outcome.status === 'ambiguous') && outcome.pcodes.includes(source!)
        : input.kind === 'misspelt-name'
          ? outcome.status !== 'invalid'
          : outcome.status === 'not_found' || outcome.status === 'invalid';
    if (!ok) {
      failures.push(
        `${input.kind} ${JSON.stringify(input.text)}${input.options ? ` ${JSON.stringify(input.options)}` : ''} ` +
          `(from ${source ?? 'nothing'}) gave ${outcome.status} ${outcome.pcodes.join(',')}`,
      );
    }
  });
  return failures;
}

const share = (kind: InputKind) => `${Math.round(INPUT_SHARES[kind] * 100)} % ${kind}`;

export function describePcodeResolution(settings: BenchSettings): string {
  return (
    `${settings.geoInputs.toLocaleString('en-US')} inputs generated with a seeded PRNG from the units of \`libs/geo/data\` ` +
    `valid today (${INPUT_KINDS.map(share).join(', ')}; codes at all three levels, short and padded), resolved one ` +
    `at a time with \`loadGazetteer().resolve(input, options)\` (\`coding: 'reniec'\` for RENIEC codes, \`parent\`: ` +
    `the province's name for a district in its province). Three passes over the same inputs in one process: the ` +
    `first cold (JIT warming up), the second for the warm rate, the third timing every call on its own with ` +
    `\`performance.now()\` (timer overhead measured and subtracted; per call rather than per batch because a ` +
    `misspelt name, scanned for suggestions, costs a hundred times what a code costs, which batch averages would ` +
    `hide; the timer costs about as much as the \`Map\` baseline's lookup, so that column is an upper bound). Build: ` +
    `\`loadGazetteer()\`'s first call in the fresh process (reads the CSVs, builds the indexes), then the median of ` +
    `${REBUILDS} more \`Gazetteer.fromDataDir()\`. The case fails unless every code input ` +
    `found its own unit and every name its unit or a list containing it. Baseline: the same input strings looked ` +
    `up by exact key in a \`Map<string, AdminUnit>\` holding each unit under its P-code and its six-digit INEI code ` +
    `(options ignored), built from the same CSVs with \`loadUnitsFromDataDir()\`.`
  );
}

const micro = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 2 });
const count = (label: string, key: string): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? null,
  digits: 0,
  compare: false,
});

export const PCODE_RESOLUTION_ROWS: FigureRow[] = [
  count('inputs', 'inputs'),
  { label: 'lookup built from the CSV files, first time (ms)', value: (r) => r.figures.buildMs ?? null, digits: 1 },
  {
    label: `lookup built again, median of ${REBUILDS} (ms)`,
    value: (r) => r.figures.rebuildMs ?? null,
    digits: 1,
  },
  { label: 'inputs/s, first pass (cold)', value: (r) => r.figures.firstPassPerSecond ?? null, digits: 0 },
  { label: 'inputs/s, warm', value: (r) => r.figures.perSecond ?? null, digits: 0 },
  micro('latency p50 (µs)', 'p50'),
  micro('latency p95 (µs)', 'p95'),
  micro('latency p99 (µs)', 'p99'),
  micro('latency max (µs)', 'max'),
  micro('latency mean (µs)', 'mean'),
  count('found', 'found'),
  count('ambiguous', 'ambiguous'),
  count('not found', 'notFound'),
  count('invalid', 'invalid'),
  count('found: the unit the input was made from', 'foundSource'),
  count('found: another unit', 'foundOther'),
  { label: 'peak RSS (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the process (s)', value: (r) => r.cpuSeconds, digits: 1 },
];
