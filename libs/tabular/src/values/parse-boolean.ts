import { VALUE_PROBLEM_CODES, type CellLocation } from '../problems/table-problem';
import { isBlank, valueError, valueOk, type ValueResult } from './value-result';

/** Spanish Excel writes booleans as VERDADERO/FALSO, English Excel and `readTable` as TRUE/FALSE. */
const TRUE_WORDS = new Set(['si', 'yes', 'true', 'verdadero', '1']);
const FALSE_WORDS = new Set(['no', 'false', 'falso', '0']);

/** `sí`/`si`/`yes`/`true`/`1` and `no`/`false`/`0`, any case, with or without the accent. */
export function parseBoolean(text: string | null | undefined, location: CellLocation = {}): ValueResult<boolean> {
  if (isBlank(text)) return valueOk(null);
  const word = text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (TRUE_WORDS.has(word)) return valueOk(true);
  if (FALSE_WORDS.has(word)) return valueOk(false);
  return valueError(VALUE_PROBLEM_CODES.invalidBoolean, `"${text}" is not sí/no, yes/no, true/false or 1/0.`, location);
}
