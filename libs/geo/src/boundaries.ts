import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveGeoDataDir } from './loading/data-dir';
import { pcodeFromIneiCode } from './pcode';

export type BoundaryLevel = 'department' | 'province';

/** Polygons drawn from INEI's 2007 limits (see libs/geo/data/README.md for source and licence). */
export const BOUNDARY_FILES: Record<BoundaryLevel, { file: string; codeProperty: string; codeDigits: number }> = {
  department: { file: 'peru_departamental_simple.geojson', codeProperty: 'FIRST_IDDP', codeDigits: 2 },
  province: { file: 'peru_provincial_simple.geojson', codeProperty: 'FIRST_IDPR', codeDigits: 4 },
};

export type Position = readonly number[];

export type BoundaryGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly Position[])[])[] };

export interface BoundaryFeature {
  readonly type: 'Feature';
  /** The file's own properties plus our `pcode`. */
  readonly properties: Readonly<Record<string, unknown>> & { readonly pcode: string };
  readonly geometry: BoundaryGeometry;
}

export interface BoundaryCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly BoundaryFeature[];
}

const cache = new Map<string, BoundaryCollection>();

/**
 * The boundary polygons of a level with each feature's `pcode` added, parsed once per process and
 * frozen, since every caller shares the same object. The provincial file has 197 features for 196
 * provinces: Piura (PE2001) and Víctor Fajardo (PE0510) each have a second, small polygon (carrying
 * the same code), and Putumayo (PE1608, created in 2014) has none, its land being inside Maynas (PE1601).
 */
export function boundaryGeoJson(level: BoundaryLevel, dataDir: string = resolveGeoDataDir()): BoundaryCollection {
  const cacheKey = `${dataDir}\n${level}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const { file, codeProperty, codeDigits } = BOUNDARY_FILES[level];
  const parsed: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  if (!isFeatureCollection(parsed)) throw new SyntaxError(`${file} is not a GeoJSON FeatureCollection`);
  const collection: BoundaryCollection = {
    type: 'FeatureCollection',
    features: parsed.features.map((feature, index) => {
      const code = feature.properties?.[codeProperty];
      if (typeof code !== 'string' || !new RegExp(`^\\d{${codeDigits}}$`).test(code)) {
        throw new SyntaxError(`${file}: feature ${index} has ${codeProperty} '${String(code)}'`);
      }
      return { ...feature, properties: { ...feature.properties, pcode: pcodeFromIneiCode(code) } };
    }),
  };
  deepFreeze(collection);
  cache.set(cacheKey, collection);
  return collection;
}

interface RawFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: BoundaryGeometry;
}

function isFeatureCollection(value: unknown): value is { type: 'FeatureCollection'; features: RawFeature[] } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; features?: unknown };
  return candidate.type === 'FeatureCollection' && Array.isArray(candidate.features);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
