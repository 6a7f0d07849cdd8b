import { cloudEventEnvelopeSchema, type CloudEvent } from '../envelope/cloud-event-envelope.schema';
import { EventValidationCodes, eventValidationError } from './event-validation-error';
import type { EventValidationResult } from './event-validation-result';
import { toValidationIssues } from './zod-issues';

/** Checks the CloudEvents attributes only; `data` is checked against its contract separately. */
export function checkEnvelope(value: unknown): EventValidationResult {
  const parsed = cloudEventEnvelopeSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      error: eventValidationError(
        EventValidationCodes.envelopeInvalid,
        'CloudEvent envelope is invalid',
        toValidationIssues(parsed.error.issues),
      ),
    };
  }
  return { ok: true, event: parsed.data as CloudEvent };
}
