/**
 * Separates JSON documents in one text parameter. JSON text never holds a raw control character (they
 * are written `\u001e`), so the record separator cannot occur inside a document.
 */
const JSON_SEPARATOR = '\u001e';

/**
 * JSON documents as one text, split back into a jsonb array by PostgreSQL (`string_to_array`, an empty
 * piece being NULL). node-postgres would otherwise quote and escape every document into an array
 * literal, which for the outbox's envelopes cost more than the insert itself.
 */
export function joinJsonDocuments(values: readonly unknown[]): string {
  return values
    .map((value) => (value === null || value === undefined ? '' : JSON.stringify(value)))
    .join(JSON_SEPARATOR);
}

/**
 * The SQL of a parameter made by {@link joinJsonDocuments}: a text array of the documents, to unnest and
 * cast to jsonb one element at a time (`value::jsonb`). Measured here, casting the whole array instead
 * (`::jsonb[]`) took three times as long.
 */
export function splitJsonDocuments(parameter: string): string {
  return `string_to_array(${parameter}, E'\\x1e', '')`;
}
