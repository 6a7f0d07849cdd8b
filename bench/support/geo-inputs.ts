import { createHash } from 'node:crypto';
import { compareUnits, searchKey, type AdminLevel, type AdminUnit, type ResolveOptions } from '@coordination/geo';
import { percentile } from './measurements';
import { SeededRandom } from './random';
import { formatMicroseconds, summariseMicroseconds, type PassFigures } from './timing';

/** The kinds of input an import of geography meets, and the share of each among the generated inputs. */
export const INPUT_SHARES = {
  /** `PE15`, `PE1501`, `PE150101`: a level picked at random, then a unit of it. */
  pcode: 0.2,
  /** INEI UBIGEO: `15` or `150000`, `1501` or `150100`, `150101`. */
  'inei-code': 0.15,
  /** RENIEC UBIGEO in the same forms, resolved with `coding: 'reniec'`. */
  'reniec-code': 0.1,
  /** The unit's name as the gazetteer spells it (`San Martín`). */
  'exact-name': 0.15,
  /** The name upper or lower case, without accents, or with extra spaces (`SAN MARTIN`, `san martin`). */
  'name-variant': 0.1,
  /** A district's name with its province's name as `parent`. */
  'name-in-parent': 0.15,
  /** A name with one or two letters substituted, dropped, inserted or swapped (`Ayacuchoo`). */
  'misspelt-name': 0.1,
  /** Random letters, digits of the wrong length, unknown or malformed codes, punctuation, blanks. */
  garbage: 0.05,
} as const;

export type InputKind = keyof typeof INPUT_SHARES;

/** How many times both cases rebuild their lookup after the first (cold) build, for a median. */
export const REBUILDS = 5;
export const INPUT_KINDS = Object.keys(INPUT_SHARES) as InputKind[];

export interface GeoInput {
  readonly kind: InputKind;
  readonly text: string;
  readonly options: ResolveOptions | undefined;
  /** P-code of the unit the input was made from; null for garbage. */
  readonly sourcePcode: string | null;
}

/** Fixed, so every run of every case resolves the same inputs. */
const SEED = 0x9e0c0de5;
const LEVELS: readonly AdminLevel[] = ['department', 'province', 'district'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/**
 * `count` inputs made from `units` (the units valid today; order does not matter, they are sorted
 * first) with a seeded PRNG: the same units and count give the same inputs, in the same order.
 * Kinds are in the proportions of {@link INPUT_SHARES} exactly, then shuffled.
 */
export function generateGeoInputs(units: readonly AdminUnit[], count: number): GeoInput[] {
  const random = new SeededRandom(SEED);
  const sorted = [...units].sort(compareUnits);
  const byLevel = new Map(LEVELS.map((level) => [level, sorted.filter((unit) => unit.level === level)]));
  const byPcode = new Map(sorted.map((unit) => [unit.pcode, unit]));
  const withReniec = new Map(
    LEVELS.map((level) => [level, byLevel.get(level)!.filter((unit) => unit.reniecCode !== null)]),
  );
  const anyLevelUnit = (pool: Map<AdminLevel, AdminUnit[]>) => random.pick(pool.get(random.pick(LEVELS))!);

  const makers: Record<InputKind, () => GeoInput> = {
    pcode: () => {
      const unit = anyLevelUnit(byLevel);
      return input('pcode', unit.pcode, undefined, unit);
    },
    'inei-code': () => {
      const unit = anyLevelUnit(byLevel);
      return input('inei-code', codeForm(unit.ineiCode, unit.level, random), undefined, unit);
    },
    'reniec-code': () => {
      const unit = anyLevelUnit(withReniec);
      return input('reniec-code', codeForm(unit.reniecCode!, unit.level, random), { coding: 'reniec' }, unit);
    },
    'exact-name': () => {
      const unit = random.pick(sorted);
      return input('exact-name', unit.name, undefined, unit);
    },
    'name-variant': () => {
      const unit = random.pick(sorted);
      return input('name-variant', nameVariant(unit, random), undefined, unit);
    },
    'name-in-parent': () => {
      const district = random.pick(byLevel.get('district')!);
      const province = byPcode.get(district.parentPcode!)!;
      return input('name-in-parent', district.name, { parent: province.name }, district);
    },
    'misspelt-name': () => {
      const unit = random.pick(sorted);
      return input('misspelt-name', misspell(unit.name, random), undefined, unit);
    },
    garbage: () => input('garbage', garbage(random), undefined, null),
  };

  const inputs: GeoInput[] = [];
  let remaining = count;
  INPUT_KINDS.forEach((kind, index) => {
    const share = index === INPUT_KINDS.length - 1 ? remaining : Math.round(INPUT_SHARES[kind] * count);
    for (let i = 0; i < share; i++) inputs.push(makers[kind]());
    remaining -= share;
  });
  return random.shuffle(inputs);
}

/** SHA-256 of every input (kind, text, options): equal in two processes means they resolved the same inputs. */
export function inputsFingerprint(inputs: readonly GeoInput[]): string {
  const hash = createHash('sha256');
  for (const { kind, text, options } of inputs) hash.update(`${kind}\u0000${text}\u0000${JSON.stringify(options)}\n`);
  return hash.digest('hex').slice(0, 16);
}

function input(kind: InputKind, text: string, options: ResolveOptions | undefined, unit: AdminUnit | null): GeoInput {
  return { kind, text, options, sourcePcode: unit?.pcode ?? null };
}

/** A department or province code in its short (`15`, `1501`) or padded six-digit form, half and half. */
function codeForm(sixDigits: string, level: AdminLevel, random: SeededRandom): string {
  const short = level === 'department' ? sixDigits.slice(0, 2) : level === 'province' ? sixDigits.slice(0, 4) : null;
  return short !== null && sixDigits.endsWith('0'.repeat(6 - short.length)) && random.chance(0.5) ? short : sixDigits;
}

function nameVariant(unit: AdminUnit, random: SeededRandom): string {
  const variants = [
    unit.name.toLocaleUpperCase('es-PE'),
    unit.name.toLocaleLowerCase('es-PE'),
    unit.nameAscii,
    unit.nameAscii.toUpperCase(),
    unit.nameAscii.toLowerCase(),
    `  ${unit.name.replace(/ /g, '   ')} `,
  ].filter((variant) => variant !== unit.name);
  return random.pick(variants);
}

/** One edit (70 %) or two; retried until the search key differs from the name's. */
function misspell(name: string, random: SeededRandom): string {
  const original = searchKey(name);
  for (;;) {
    let text = name;
    const edits = random.chance(0.7) ? 1 : 2;
    for (let e = 0; e < edits; e++) text = edit(text, random);
    if (searchKey(text) !== original && searchKey(text) !== '') return text;
  }
}

function edit(text: string, random: SeededRandom): string {
  const letters = [...text];
  const positions = letters.flatMap((char, index) => (/\p{L}/u.test(char) ? [index] : []));
  if (positions.length === 0) return text;
  const at = random.pick(positions);
  const letter = LETTERS[random.int(LETTERS.length)];
  switch (random.int(4)) {
    case 0:
      letters[at] = letter;
      break;
    case 1:
      letters.splice(at, 1);
      break;
    case 2:
      letters.splice(at + 1, 0, letter);
      break;
    default:
      if (at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1], letters[at]];
      else letters[at] = letter;
  }
  return letters.join('');
}

function garbage(random: SeededRandom): string {
  const digits = (length: number) => Array.from({ length }, () => random.int(10)).join('');
  const from = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[random.int(alphabet.length)]).join('');
  switch (random.int(8)) {
    case 0: // consonant soup, no such name
      return from(CONSONANTS, 5 + random.int(8));
    case 1: // letters and digits, starting with a letter (so never a code)
      return from(CONSONANTS, 1) + from(`${CONSONANTS}0123456789`, 3 + random.int(8));
    case 2: // a number of the wrong length (a lost leading zero, a typo)
      return digits(random.pick([1, 3, 5, 7, 8]));
    case 3: // well-formed codes nobody has (99 is no department)
      return random.pick(['99', `99${digits(2)}`, `99${digits(4)}`, '00', '000000']);
    case 4: // malformed P-codes
      return random.pick(['PE', 'PE1', `PE${digits(3)}`, `PE${digits(5)}`, `PE${digits(8)}`, 'PEXX']);
    case 5: // well-formed P-codes nobody has
      return random.pick(['PE99', `PE99${digits(2)}`, `PE99${digits(4)}`]);
    case 6: // punctuation only
      return random.pick(['-', '---', '?', '#/', '...', '/', '(', '*']);
    default: // blank
      return random.pick(['', ' ', '   ', '\t']);
  }
}

/** What a lookup made of an input, as the result mix counts it. */
export interface LookupOutcome {
  status: 'found' | 'ambiguous' | 'not_found' | 'invalid';
  /** The unit found, or every candidate. */
  pcodes: readonly string[];
  /** Nearest names offered with a name not found. */
  suggestions: readonly string[];
}

export interface KindTally {
  inputs: number;
  found: number;
  ambiguous: number;
  notFound: number;
  invalid: number;
  /** Found, and the unit is the one the input was made from. */
  foundSource: number;
  /** Found, but another unit than the input was made from (or garbage found at all). */
  foundOther: number;
  /** Ambiguous, and the unit the input was made from is among the candidates. */
  ambiguousWithSource: number;
  /** Not found, and the unit the input was made from is among the suggestions. */
  suggestedSource: number;
}

export function tallyOutcomes(
  inputs: readonly GeoInput[],
  outcomes: readonly LookupOutcome[],
): Record<InputKind | 'all', KindTally> {
  const empty = (): KindTally => ({
    inputs: 0,
    found: 0,
    ambiguous: 0,
    notFound: 0,
    invalid: 0,
    foundSource: 0,
    foundOther: 0,
    ambiguousWithSource: 0,
    suggestedSource: 0,
  });
  const tallies = Object.fromEntries([...INPUT_KINDS, 'all'].map((kind) => [kind, empty()])) as Record<
    InputKind | 'all',
    KindTally
  >;
  inputs.forEach((input, index) => {
    const outcome = outcomes[index];
    for (const tally of [tallies[input.kind], tallies.all]) {
      tally.inputs++;
      const source = input.sourcePcode;
      if (outcome.status === 'found') {
        tally.found++;
        if (source !== null && outcome.pcodes[0] === source) tally.foundSource++;
        else tally.foundOther++;
      } else if (outcome.status === 'ambiguous') {
        tally.ambiguous++;
        if (source !== null && outcome.pcodes.includes(source)) tally.ambiguousWithSource++;
      } else if (outcome.status === 'not_found') {
        tally.notFound++;
        if (source !== null && outcome.suggestions.includes(source)) tally.suggestedSource++;
      } else {
        tally.invalid++;
      }
    }
  });
  return tallies;
}

/** `pcode 20,000: 20,000 found (20,000 the source unit)`: one line per kind for the report's remarks. */
export function describeTally(kind: InputKind, tally: KindTally): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const parts = [
    tally.found > 0 && `${n(tally.found)} found (${n(tally.foundSource)} the source unit)`,
    tally.ambiguous > 0 && `${n(tally.ambiguous)} ambiguous (${n(tally.ambiguousWithSource)} listing the source unit)`,
    tally.notFound > 0 &&
      `${n(tally.notFound)} not found${tally.suggestedSource > 0 ? ` (${n(tally.suggestedSource)} suggesting the source unit)` : ''}`,
    tally.invalid > 0 && `${n(tally.invalid)} invalid`,
  ].filter(Boolean);
  return `${kind} ${n(tally.inputs)}: ${parts.join(', ')}`;
}

/** Per-kind median and p99 latency of the timed pass, in µs. */
export function latencyByKind(inputs: readonly GeoInput[], latenciesMs: Float64Array): Map<InputKind, number[]> {
  const byKind = new Map<InputKind, number[]>(INPUT_KINDS.map((kind) => [kind, []]));
  inputs.forEach((input, index) => byKind.get(input.kind)!.push(latenciesMs[index] * 1000));
  for (const values of byKind.values()) values.sort((a, b) => a - b);
  return byKind;
}

/** Figures both cases of the `pcode-resolution` benchmark report, under the same names. */
export function geoLookupFigures(
  build: { buildMs: number; rebuildMs: number },
  passes: PassFigures<unknown>,
  all: KindTally,
  statuses: 'resolve' | 'exact-key',
): Record<string, number | null> {
  const latency = summariseMicroseconds(passes.latenciesMs);
  const count = passes.latenciesMs.length;
  return {
    inputs: count,
    ...build,
    firstPassPerSecond: count / (passes.firstPassMs / 1000),
    perSecond: count / (passes.warmPassMs / 1000),
    p50: latency.p50,
    p95: latency.p95,
    p99: latency.p99,
    max: latency.max,
    mean: latency.mean,
    found: all.found,
    // A map either has the key or not: it knows neither ambiguity nor malformed input.
    ambiguous: statuses === 'resolve' ? all.ambiguous : null,
    notFound: all.notFound,
    invalid: statuses === 'resolve' ? all.invalid : null,
    foundSource: all.foundSource,
    foundOther: all.foundOther,
  };
}

/** Remarks both cases print: the inputs' fingerprint, the mix per kind and the latency per kind. */
export function geoLookupRemarks(
  inputs: readonly GeoInput[],
  passes: PassFigures<unknown>,
  tallies: Record<InputKind | 'all', KindTally>,
): { checks: string[]; notes: string[] } {
  const byKind = latencyByKind(inputs, passes.latenciesMs);
  const perKind = INPUT_KINDS.map((kind) => {
    const values = byKind.get(kind)!;
    return `${kind} ${formatMicroseconds(percentile(values, 50))}/${formatMicroseconds(percentile(values, 99))}`;
  });
  return {
    checks: [
      `inputs fingerprint ${inputsFingerprint(inputs)} (the same in both cases means the same inputs)`,
      ...INPUT_KINDS.map((kind) => `result mix, ${describeTally(kind, tallies[kind])}`),
    ],
    notes: [
      `latency p50/p99 by kind (µs): ${perKind.join(', ')}`,
      `timer overhead subtracted from each timed call: ${(passes.timerOverheadMs * 1e6).toFixed(0)} ns`,
    ],
  };
}
