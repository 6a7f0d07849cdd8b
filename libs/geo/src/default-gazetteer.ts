import { Gazetteer } from './gazetteer';

let defaultGazetteer: Gazetteer | undefined;

/**
 * The gazetteer of `libs/geo/data`, built on first use and shared by every caller in the process:
 * parsing the CSVs takes tens of milliseconds, lookups afterwards are map reads.
 */
export function loadGazetteer(): Gazetteer {
  defaultGazetteer ??= Gazetteer.fromDataDir();
  return defaultGazetteer;
}
