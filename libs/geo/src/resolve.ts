import type { AdminLevel, AdminUnit, IsoDate } from './admin-unit';
import { isInsidePcode, isPcode } from './pcode';
import { GEO_ERROR_CODES, type GeoErrorCode, type NameMatch, type ResolveResult, type ResolveRule } from './results';
import { searchKey } from './text/normalize';
import { isValidOn, toIsoDate, type AsOf } from './validity';

/**
 * How to read a bare number. INEI is the default because P-codes are INEI codes; RENIEC codes (used
 * by identity documents) must be asked for, since most districts have different codes in the two
 * codings. `auto` accepts either and reports a conflict rather than picking one.
 */
export type Coding = 'inei' | 'reniec' | 'auto';

export interface ResolveOptions {
  readonly coding?: Coding;
  /** Only accept a unit of this level. */
  readonly level?: AdminLevel;
  /** A unit the match must lie inside (any level up): P-code, code (in `coding`) or name. */
  readonly parent?: string;
  /** The day the input refers to; today by default. */
  readonly asOf?: AsOf;
}

/** What the resolver needs from a gazetteer; kept narrow so this file does not depend on the class. */
export interface ResolveLookups {
  byPcode(pcode: string, asOf: IsoDate): AdminUnit | undefined;
  byIneiCode(code: string, asOf: IsoDate): AdminUnit | undefined;
  byReniecCode(code: string, asOf: IsoDate): AdminUnit | undefined;
  matchName(name: string, accept: (unit: AdminUnit) => boolean): NameMatch;
}

const LOOKS_LIKE_PCODE = /^PE\d*$/i;
const DIGITS = /^\d+$/;

/** One entry point for imported geography: a P-code, an INEI or RENIEC code, or a name. */
export function resolveInput(input: unknown, options: ResolveOptions, lookups: ResolveLookups): ResolveResult {
  if (typeof input !== 'string' || input.trim() === '') return invalid('The input is empty');
  let asOf: IsoDate;
  try {
    asOf = toIsoDate(options.asOf);
  } catch (error) {
    return invalid((error as Error).message);
  }
  const coding = options.coding ?? 'inei';
  let parentPcodes: readonly string[] | undefined;
  if (options.parent !== undefined) {
    const parents = resolveParents(options.parent, { coding, asOf }, lookups);
    if ('failure' in parents) return parents.failure;
    parentPcodes = parents.pcodes;
  }
  const accept = (unit: AdminUnit) =>
    isValidOn(unit, asOf) &&
    (options.level === undefined || unit.level === options.level) &&
    (parentPcodes === undefined || parentPcodes.some((parent) => isInsidePcode(unit.pcode, parent)));
  const text = input.trim();
  const constraints = describeConstraints(options.level, options.parent, asOf);
  if (LOOKS_LIKE_PCODE.test(text)) return resolvePcode(text.toUpperCase(), asOf, accept, constraints, lookups);
  if (DIGITS.test(text)) return resolveCode(text, coding, asOf, accept, constraints, lookups);
  if (searchKey(text) === '') return invalid(`'${text}' has no letters or digits`);
  return fromNameMatch(text, lookups.matchName(text, accept), constraints);
}

function resolvePcode(
  pcode: string,
  asOf: IsoDate,
  accept: (unit: AdminUnit) => boolean,
  constraints: string,
  lookups: ResolveLookups,
): ResolveResult {
  if (!isPcode(pcode)) return invalid(`'${pcode}' is not a P-code (PE followed by 2, 4 or 6 digits)`);
  const unit = lookups.byPcode(pcode, asOf);
  if (unit !== undefined && accept(unit)) return { status: 'found', unit, rule: 'pcode' };
  return notFound('pcode', GEO_ERROR_CODES.unknownPcode, `No unit with P-code ${pcode} ${constraints}`);
}

function resolveCode(
  code: string,
  coding: Coding,
  asOf: IsoDate,
  accept: (unit: AdminUnit) => boolean,
  constraints: string,
  lookups: ResolveLookups,
): ResolveResult {
  if (![2, 4, 6].includes(code.length)) {
    return invalid(`'${code}' has ${code.length} digits; UBIGEO codes have 2, 4 or 6 (was a leading zero lost?)`);
  }
  const readings: { unit: AdminUnit | undefined; rule: ResolveRule }[] = [];
  if (coding !== 'reniec') readings.push({ unit: lookups.byIneiCode(code, asOf), rule: 'inei_code' });
  if (coding !== 'inei') readings.push({ unit: lookups.byReniecCode(code, asOf), rule: 'reniec_code' });
  const matches = readings.filter(
    (reading): reading is { unit: AdminUnit; rule: ResolveRule } => reading.unit !== undefined && accept(reading.unit),
  );
  const rule: ResolveRule = coding === 'auto' ? 'inei_or_reniec_code' : readings[0].rule;
  const codingLabel = coding === 'auto' ? 'INEI or RENIEC' : coding.toUpperCase();
  if (matches.length === 0) {
    return notFound(rule, GEO_ERROR_CODES.unknownCode, `No unit with ${codingLabel} code ${code} ${constraints}`);
  }
  const [first, second] = matches;
  if (second === undefined || second.unit.pcode === first.unit.pcode) {
    return { status: 'found', unit: first.unit, rule: second === undefined ? first.rule : rule };
  }
  return {
    status: 'ambiguous',
    candidates: [first.unit, second.unit],
    rule,
    error: {
      code: GEO_ERROR_CODES.codeAmbiguous,
      message: `${code} is ${first.unit.name} (${first.unit.pcode}) in INEI coding and ${second.unit.name} (${second.unit.pcode}) in RENIEC coding; pass coding 'inei' or 'reniec'`,
    },
  };
}

function fromNameMatch(name: string, match: NameMatch, constraints: string): ResolveResult {
  switch (match.status) {
    case 'found':
      return { ...match, rule: 'name' };
    case 'ambiguous':
      return {
        ...match,
        rule: 'name',
        error: {
          code: GEO_ERROR_CODES.nameAmbiguous,
          message: `'${name}' matches ${match.candidates.length} units ${constraints}: ${match.candidates.map((unit) => `${unit.name} (${unit.pcode}, ${unit.level})`).join(', ')}`,
        },
      };
    case 'not_found':
      return {
        ...match,
        rule: 'name',
        error: { code: GEO_ERROR_CODES.nameNotFound, message: `No unit named '${name}' ${constraints}` },
      };
  }
}

/**
 * The units a `parent` option may mean. A parent name may match several units (`Lima` is a department,
 * a province and a district); all of them are kept and the child's own name narrows the choice.
 */
function resolveParents(
  parent: string,
  options: { coding: Coding; asOf: IsoDate },
  lookups: ResolveLookups,
): { pcodes: string[] } | { failure: ResolveResult } {
  const result = resolveInput(parent, options, lookups);
  if (result.status === 'found') return { pcodes: [result.unit.pcode] };
  if (result.status === 'ambiguous') return { pcodes: result.candidates.map((unit) => unit.pcode) };
  return { failure: { ...result, error: { ...result.error, message: `Parent: ${result.error.message}` } } };
}

function describeConstraints(level: AdminLevel | undefined, parent: string | undefined, asOf: IsoDate): string {
  return [level && `at level ${level}`, parent !== undefined && `inside '${parent}'`, `valid on ${asOf}`]
    .filter(Boolean)
    .join(' ');
}

function invalid(message: string): ResolveResult {
  return { status: 'invalid', error: { code: GEO_ERROR_CODES.invalidInput, message } };
}

function notFound(rule: ResolveRule, code: GeoErrorCode, message: string): ResolveResult {
  return { status: 'not_found', suggestions: [], rule, error: { code, message } };
}
