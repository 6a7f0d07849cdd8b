import { EventValidationCodes, EventValidationError, eventValidationError } from './event-validation-error';

export type RawMessage = Buffer | Uint8Array | string;

export function isRawMessage(value: unknown): value is RawMessage {
  return typeof value === 'string' || value instanceof Uint8Array;
}

/** Parses a Kafka message value (UTF-8 JSON text) without throwing. */
export function decodeJson(
  raw: RawMessage | null,
): { ok: true; value: unknown } | { ok: false; error: EventValidationError } {
  if (raw === null) {
    // A null value is a Kafka tombstone; no platform topic uses them, so it cannot be an event.
    return { ok: false, error: eventValidationError(EventValidationCodes.notJson, 'Message has no value', []) };
  }
  const text = typeof raw === 'string' ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: eventValidationError(EventValidationCodes.notJson, 'Message is not valid JSON', [
        { path: '', message: reason },
      ]),
    };
  }
}
