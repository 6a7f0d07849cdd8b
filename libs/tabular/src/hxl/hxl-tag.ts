/** One HXL hashtag with its attributes, e.g. `#reached +f +children` (https://hxlstandard.org). */
export interface HxlTag {
  /** Lower case, with the `#`: `#reached`. */
  readonly base: string;
  /** Lower case, without `+`, sorted, without repeats: `['children', 'f']`. */
  readonly attributes: readonly string[];
}

const HXL_TAG = /^#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*$/i;

export function isHxlTag(text: string): boolean {
  return HXL_TAG.test(text.trim());
}

/** Parses and normalises a hashtag; `undefined` when the text is not one. */
export function parseHxlTag(text: string): HxlTag | undefined {
  const trimmed = text.trim();
  if (!HXL_TAG.test(trimmed)) return undefined;
  const [base, ...attributes] = trimmed.toLowerCase().replace(/\s+/g, '').split('+');
  return { base: base!, attributes: [...new Set(attributes)].sort() };
}

/** The canonical spelling: `#reached +f +children` -> `#reached+children+f`. */
export function formatHxlTag(tag: HxlTag): string {
  return [tag.base, ...tag.attributes].join('+');
}

export function normaliseHxlTag(text: string): string | undefined {
  const tag = parseHxlTag(text);
  return tag === undefined ? undefined : formatHxlTag(tag);
}

/**
 * HXL's matching rule: a column tag matches a pattern when it has the pattern's base tag and at least the
 * pattern's attributes; extra attributes on the column are allowed (`#reached+f+children` matches
 * `#reached+f`).
 */
export function hxlTagMatches(column: HxlTag, pattern: HxlTag): boolean {
  return column.base === pattern.base && pattern.attributes.every((attribute) => column.attributes.includes(attribute));
}
