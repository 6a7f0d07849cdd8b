import { ADMIN_LEVELS, type AdminLevel } from './admin-unit';

export const COUNTRY_PREFIX = 'PE';

const PCODE_PATTERN = /^PE(\d{2}){1,3}$/;
const SHORT_CODE_PATTERN = /^(\d{2}){1,3}$/;

export function isPcode(value: string): boolean {
  return PCODE_PATTERN.test(value);
}

/**
 * Canonical six-digit form of a UBIGEO given as 2, 4 or 6 digits (`15`, `1501`, `150000` -> `150000`),
 * or undefined when the value is not such a code. Works for INEI and RENIEC codes alike.
 */
export function toSixDigitCode(code: string): string | undefined {
  if (!SHORT_CODE_PATTERN.test(code)) return undefined;
  return code.padEnd(6, '0');
}

/** `150000` -> `PE15`, `150100` -> `PE1501`, `150101` -> `PE150101`. */
export function pcodeFromIneiCode(ineiCode: string): string {
  const sixDigits = toSixDigitCode(ineiCode);
  if (sixDigits === undefined || sixDigits.startsWith('00')) {
    throw new RangeError(`Not an INEI UBIGEO: '${ineiCode}'`);
  }
  return COUNTRY_PREFIX + sixDigits.replace(/(00)+$/, '');
}

/** `PE15` -> `150000`; the inverse of {@link pcodeFromIneiCode}. */
export function ineiCodeFromPcode(pcode: string): string {
  assertPcode(pcode);
  return pcode.slice(COUNTRY_PREFIX.length).padEnd(6, '0');
}

export function levelOfPcode(pcode: string): AdminLevel {
  assertPcode(pcode);
  return ADMIN_LEVELS[(pcode.length - COUNTRY_PREFIX.length) / 2 - 1];
}

/** The P-code one level up (`PE150101` -> `PE1501`), or null for a department. */
export function parentPcodeOf(pcode: string): string | null {
  assertPcode(pcode);
  return pcode.length === COUNTRY_PREFIX.length + 2 ? null : pcode.slice(0, -2);
}

/** Strictly inside: P-codes nest by prefix, so `PE150101` is inside `PE15` and `PE1501`, not inside itself. */
export function isInsidePcode(pcode: string, ancestorPcode: string): boolean {
  return pcode.length > ancestorPcode.length && pcode.startsWith(ancestorPcode);
}

export function departmentPcodeOf(pcode: string): string {
  assertPcode(pcode);
  return pcode.slice(0, COUNTRY_PREFIX.length + 2);
}

function assertPcode(pcode: string): void {
  if (!isPcode(pcode)) throw new RangeError(`Not a P-code: '${pcode}'`);
}
