const COMBINING_MARKS = /\p{M}/gu;
const ACUTE_AND_DIAERESIS = /[\u0301\u0308]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Drops every diacritic, ñ included: `Huánuco` -> `Huanuco`, `Cañete` -> `Canete`. */
export function toAscii(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * Drops acute accents and diaereses but keeps ñ, which is a letter of its own in Spanish:
 * `Marañón` -> `MARAÑON`, the spelling of the upper-case names in the source CSVs.
 */
export function toUpperWithoutAccents(text: string): string {
  return text.normalize('NFD').replace(ACUTE_AND_DIAERESIS, '').normalize('NFC').toUpperCase();
}

/**
 * The key names are compared by: no diacritics, lower case, punctuation and runs of whitespace as one
 * space. `  San-Martín ` and `SAN MARTIN` give the same key.
 */
export function searchKey(text: string): string {
  return toAscii(text).toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}
