import { checkEvent } from './check-event';
import { decodeJson, isRawMessage } from './decode-json';
import type { EventValidationResult } from './event-validation-result';

/**
 * Validates a CloudEvent: envelope, known type, then data against the type's contract.
 * Accepts a parsed object or raw JSON text/bytes, so a consumer handing over the Kafka message
 * value as it is gets EVENT.NOT_JSON rather than a confusing envelope error.
 */
export function validateCloudEvent(value: unknown): EventValidationResult {
  if (!isRawMessage(value)) return checkEvent(value);
  const decoded = decodeJson(value);
  return decoded.ok ? checkEvent(decoded.value) : decoded;
}
