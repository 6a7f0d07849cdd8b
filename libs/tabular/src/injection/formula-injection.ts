/**
 * CSV/formula injection (OWASP "CSV Injection"): a spreadsheet evaluates a text cell that starts with
 * `=`, `+`, `-` or `@`, and tab or carriage return can hide such a start, so a partner's free text like
 * `=HYPERLINK("http://x")` would run in a coordinator's Excel. Writing prefixes those cells with a single
 * quote; reading removes exactly that quote again, so an export re-imports to the values it came from.
 *
 * To make the round trip exact for every text, a text that already starts with quotes followed by one of
 * those characters (`'=x`) gets one more quote on writing, and reading removes one quote from any run of
 * quotes followed by one of them. A quote followed by anything else (`'hello`) is never touched.
 */
const NEEDS_QUOTE_ON_WRITE = /^'*[=+\-@\t\r]/;
const QUOTE_ADDED_ON_WRITE = /^'+[=+\-@\t\r]/;

export function escapeFormulaText(text: string): string {
  return NEEDS_QUOTE_ON_WRITE.test(text) ? `'${text}` : text;
}

export function unescapeFormulaText(text: string): string {
  return QUOTE_ADDED_ON_WRITE.test(text) ? text.slice(1) : text;
}
