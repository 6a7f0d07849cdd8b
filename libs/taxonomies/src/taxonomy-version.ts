/**
 * Version of the reference lists as a whole, so exports and event consumers can say which lists a
 * figure was coded against. Semantic versioning: a new code or plan year is a minor change, a label
 * fix a patch; removing or recoding a published code would be major, which is why codes are never removed.
 */
export const TAXONOMY_VERSION = '1.1.0';
