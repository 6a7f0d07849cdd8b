import { createHmac } from 'node:crypto';

/**
 * Blind-index terms: an HMAC of a normalised value under the organisation's INDEX key, truncated to
 * 12 bytes. Equal values give equal terms inside one organisation and unrelated terms across
 * organisations; the table of terms reveals which cases share a value (that is what makes search
 * work) but not the value. 96 bits keep accidental collisions out of reach for any caseload while
 * not storing the full MAC.
 */
const TERM_BYTES = 12;

export function blindTerm(indexKey: Buffer, kind: string, value: string): string {
  return createHmac('sha256', indexKey)
    .update(`${kind}\u0000${value}`, 'utf8')
    .digest()
    .subarray(0, TERM_BYTES)
    .toString('hex');
}

/** Lower case, accents and punctuation removed, spaces collapsed: "María-José  Pérez" -> "maria jose perez". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The name's words, without the particles that people drop or add (de, del, la, los, y). */
export function nameTokens(value: string): string[] {
  const particles = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'do', 'dos']);
  return normaliseName(value)
    .split(' ')
    .filter((token) => token.length > 1 && !particles.has(token));
}

/**
 * A key that Spanish spellings of one name share: b/v, s/z/c(e,i), y/ll/i at the end, silent h,
 * k/qu/c(a,o,u), g(e,i)/j, x, w, doubled letters. "Yosé Gonsalez" and "José González" both give
 * "jose gonsales". Written for Latin American Spanish names, as registration staff hear and type them.
 */
export function phoneticKey(token: string): string {
  let key = normaliseName(token).replace(/ /g, '');
  const rules: [RegExp, string][] = [
    [/([^c]|^)h/g, '$1'], // silent h, but "ch" keeps its sound
    [/ll/g, 'y'],
    [/qu/g, 'k'],
    [/c([ei])/g, 's$1'],
    [/gu([ei])/g, 'g$1'],
    [/g([ei])/g, 'j$1'],
    [/c/g, 'k'],
    [/z/g, 's'],
    [/v/g, 'b'],
    [/w/g, 'u'],
    [/x/g, 'ks'],
    [/y$/g, 'i'],
    [/^j(?=[aeiou])/g, 'y'], // "Jeferson" / "Yeferson"
    [/(.)\1+/g, '$1'],
  ];
  for (const [pattern, replacement] of rules) key = key.replace(pattern, replacement);
  return key;
}

/** A document number as people type it: upper case, no spaces, dashes, dots or slashes. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
