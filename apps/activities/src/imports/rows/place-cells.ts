import { loadGazetteer, type AdminLevel, type ResolveOptions, type ResolveResult } from '@coordination/geo';
import { firstDayOf, lastDayOf } from '../../shared/months';
import type { ActivityTableFieldName } from '../file-format/activity-table-fields';

type PlaceField = Extract<
  ActivityTableFieldName,
  'adm1Code' | 'adm2Code' | 'adm3Code' | 'reniecCode' | 'adm1Name' | 'adm2Name' | 'adm3Name'
>;

export type PlaceCells = Partial<Record<PlaceField, string | null>>;

export type PlaceResolution =
  | { ok: true; pcode: string; field: PlaceField }
  | { ok: false; field: PlaceField | null; code: string; message: string };

/** Codes from the most specific level up; the first one given decides the place. */
const CODE_FIELDS: readonly { field: PlaceField; level?: AdminLevel; coding: 'inei' | 'reniec' }[] = [
  { field: 'adm3Code', level: 'district', coding: 'inei' },
  { field: 'reniecCode', coding: 'reniec' },
  { field: 'adm2Code', level: 'province', coding: 'inei' },
  { field: 'adm1Code', level: 'department', coding: 'inei' },
];

const NAME_FIELDS: readonly { field: PlaceField; level: AdminLevel }[] = [
  { field: 'adm1Name', level: 'department' },
  { field: 'adm2Name', level: 'province' },
  { field: 'adm3Name', level: 'district' },
];

/**
 * The P-code of a row's place: from a code (P-code or INEI UBIGEO in the adm columns, RENIEC UBIGEO in
 * its own column, since most districts have different numbers in the two codings), or else from names,
 * each looked up inside the unit named before it (`San Juan Bautista` exists in several provinces).
 * Places are looked up as they stood in the month reported.
 */
export function resolvePlaceCells(cells: PlaceCells, month: string | null): PlaceResolution {
  const code = CODE_FIELDS.find(({ field }) => cells[field]);
  if (code) {
    const result = resolveInMonth(cells[code.field]!, { level: code.level, coding: code.coding }, month);
    return result.status === 'found'
      ? { ok: true, pcode: result.unit.pcode, field: code.field }
      : failure(code.field, result);
  }
  let parent: string | undefined;
  let resolved: PlaceResolution | null = null;
  for (const { field, level } of NAME_FIELDS) {
    const name = cells[field];
    if (!name) continue;
    const result = resolveInMonth(name, { level, parent }, month);
    if (result.status !== 'found') return failure(field, result);
    parent = result.unit.pcode;
    resolved = { ok: true, pcode: result.unit.pcode, field };
  }
  return (
    resolved ?? {
      ok: false,
      field: null,
      code: 'IMPORT.MISSING_PLACE',
      message: 'No place: give a P-code, an INEI or RENIEC UBIGEO, or department/province/district names',
    }
  );
}

/**
 * Lookups already made: the gazetteer never changes while the process runs, and a file names the same
 * places again and again (a misspelt name costs a scan for suggestions each time).
 */
const resolvedInMonth = new Map<string, ResolveResult>();
const MAX_REMEMBERED_LOOKUPS = 20_000;

function resolveInMonth(input: string, options: ResolveOptions, month: string | null): ResolveResult {
  // Without a month the lookup is as of today, which changes; such a row is refused anyway.
  if (!month) return loadGazetteer().resolve(input, options);
  const key = [input, options.level, options.coding, options.parent, month].join('\u0000');
  let result = resolvedInMonth.get(key);
  if (result === undefined) {
    if (resolvedInMonth.size >= MAX_REMEMBERED_LOOKUPS) resolvedInMonth.clear();
    result = lookUpInMonth(input, options, month);
    resolvedInMonth.set(key, result);
  }
  return result;
}

function lookUpInMonth(input: string, options: ResolveOptions, month: string): ResolveResult {
  // A district created or retired during the month counts, as for reports entered one by one.
  const first = loadGazetteer().resolve(input, { ...options, asOf: firstDayOf(month) });
  if (first.status === 'found') return first;
  const last = loadGazetteer().resolve(input, { ...options, asOf: lastDayOf(month) });
  return last.status === 'found' ? last : first;
}

function failure(field: PlaceField, result: Exclude<ResolveResult, { status: 'found' }>): PlaceResolution {
  const candidates =
    result.status === 'ambiguous'
      ? `: ${result.candidates.map((unit) => `${unit.name} (${unit.pcode})`).join(', ')}`
      : result.status === 'not_found' && result.suggestions.length > 0
        ? `; did you mean ${result.suggestions.map((unit) => `${unit.name} (${unit.pcode})`).join(', ')}?`
        : '';
  return { ok: false, field, code: result.error.code, message: `${result.error.message}${candidates}` };
}
