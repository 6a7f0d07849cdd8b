const COMBINING_MARKS = /\p{M}/gu;
/** `º` and `ª` are letters to Unicode, but in `Nº` they are abbreviation marks, written as `°` as often. */
const ORDINAL_INDICATORS = /[ºª]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The key headers are compared by: no diacritics (ñ included), lower case, and nothing but letters and
 * digits, so `Nº de niñas (0-17)`, `N de Ninas 0 17` and `n-de-niñas 017` are the same header.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ORDINAL_INDICATORS, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '');
}
