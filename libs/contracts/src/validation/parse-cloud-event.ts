import { checkEvent } from './check-event';
import { decodeJson } from './decode-json';
import type { EventValidationResult } from './event-validation-result';

/** Decodes a Kafka message value (JSON text) and validates it as a platform CloudEvent. */
export function parseCloudEvent(raw: Buffer | string | null): EventValidationResult {
  const decoded = decodeJson(raw);
  // Decoded once only: a JSON document that is itself a string is not an event.
  return decoded.ok ? checkEvent(decoded.value) : decoded;
}
