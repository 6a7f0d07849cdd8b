import { performance } from 'node:perf_hooks';
import { isValidOn, loadUnitsFromDataDir, type AdminUnit } from '@coordination/geo';
import {
  REBUILDS,
  generateGeoInputs,
  geoLookupFigures,
  geoLookupRemarks,
  tallyOutcomes,
  type LookupOutcome,
} from '../support/geo-inputs';
import { log } from '../support/logger';
import { processUsage, type FiguresResult } from '../support/measurements';
import type { BenchSettings } from '../support/settings';
import { loadNote, medianMs, runPasses } from '../support/timing';

export const PCODE_MAP_LOOKUP = 'pcode-map-lookup';

/**
 * Baseline of `pcode-resolution`: what a naive lookup gives. The same inputs looked up by exact key
 * in a plain `Map<string, AdminUnit>` holding each unit under its P-code and its six-digit INEI code.
 * It finds exact P-codes and six-digit INEI codes only, and reads a RENIEC code as an INEI one.
 */
export async function runPcodeMapLookup(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const notes = [loadNote('at the start')];
  const today = new Date().toISOString().slice(0, 10);
  const build = () => {
    const units = loadUnitsFromDataDir().units.filter((unit) => isValidOn(unit, today));
    const byKey = new Map<string, AdminUnit>();
    for (const unit of units) {
      byKey.set(unit.pcode, unit);
      byKey.set(unit.ineiCode, unit);
    }
    return { units, byKey };
  };
  const buildStart = performance.now();
  const { units, byKey } = build();
  const buildMs = performance.now() - buildStart;
  const rebuildMs = medianMs(REBUILDS, build);

  const inputs = generateGeoInputs(units, settings.geoInputs);
  log(`${PCODE_MAP_LOOKUP}: looking up ${inputs.length} inputs among ${byKey.size} keys, three passes`);
  const passes = runPasses(
    inputs.length,
    (index) => byKey.get(inputs[index].text),
    (unit) => unit !== undefined,
    aborted,
  );
  const outcomes = passes.results.map((unit): LookupOutcome =>
    unit === undefined
      ? { status: 'not_found', pcodes: [], suggestions: [] }
      : { status: 'found', pcodes: [unit.pcode], suggestions: [] },
  );
  const tallies = tallyOutcomes(inputs, outcomes);
  const all = tallies.all;
  if (all.found + all.notFound !== settings.geoInputs) {
    throw new Error(`found + not found = ${all.found + all.notFound}, expected ${settings.geoInputs}`);
  }
  const remarks = geoLookupRemarks(inputs, passes, tallies);
  return {
    caseName: PCODE_MAP_LOOKUP,
    complete: true,
    figures: geoLookupFigures({ buildMs, rebuildMs }, passes, all, 'exact-key'),
    ...processUsage(),
    checks: [`found + not found = ${settings.geoInputs.toLocaleString('en-US')} (every input once)`, ...remarks.checks],
    notes: [
      `map: ${byKey.size} keys for ${units.length} units valid today`,
      ...notes,
      ...remarks.notes,
      loadNote('at the end'),
    ],
  };
}
