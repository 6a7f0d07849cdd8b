/**
 * Separates JSON documents in one text parameter. JSON text never holds a raw control character (they
 * are written `\u001e`), so the record separator cannot occur inside a document.
 */
const SEPARATOR_BYTES = Buffer.from([0x1e]);

/**
 * JSON documents as one UTF-8 buffer, split back into documents by PostgreSQL (`string_to_array`, an empty
 * piece being NULL). node-postgres would otherwise quote and escape every document into an array literal,
 * which for the outbox's envelopes cost more than the insert itself. A Buffer, not a string: it goes to the
 * server as a binary `text` parameter (its bytes as they are), and its memory is outside the JavaScript heap,
 * freed as soon as the statement is sent, where a megabyte string per chunk would wait for a full collection.
 */
export function joinJsonDocuments(values: readonly unknown[]): Buffer {
  const pieces: Buffer[] = [];
  values.forEach((value, index) => {
    if (index > 0) pieces.push(SEPARATOR_BYTES);
    if (value !== null && value !== undefined) pieces.push(Buffer.from(JSON.stringify(value), 'utf8'));
  });
  return Buffer.concat(pieces);
}

/**
 * The SQL of a parameter made by {@link joinJsonDocuments}: a text array of the documents, to unnest and
 * cast to jsonb one element at a time (`value::jsonb`). Measured here, casting the whole array instead
 * (`::jsonb[]`) took three times as long.
 */
export function splitJsonDocuments(parameter: string): string {
  return `string_to_array(${parameter}, E'\\x1e', '')`;
}
