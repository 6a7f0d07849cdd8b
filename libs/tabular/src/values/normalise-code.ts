/**
 * Codes typed by hand (`pe 1501`, ` edu `) as catalogues spell them: trimmed, upper case, inner runs of
 * whitespace as one space. Blank is `null`.
 */
export function normaliseCode(text: string | null | undefined): string | null {
  if (text == null) return null;
  const code = text.replace(/\s+/g, ' ').trim().toUpperCase();
  return code === '' ? null : code;
}
