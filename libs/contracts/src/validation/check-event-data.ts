import type { EventContract, EventData } from '../contract/event-contract';
import type { CloudEvent } from '../envelope/cloud-event-envelope.schema';
import { EventValidationCodes, eventValidationError } from './event-validation-error';
import type { EventValidationResult } from './event-validation-result';
import { toValidationIssues } from './zod-issues';

/** Checks `event.data` against `contract` and returns the event carrying the parsed data. */
export function checkEventData<TContract extends EventContract>(
  event: CloudEvent,
  contract: TContract,
): EventValidationResult<EventData<TContract>> {
  const parsed = contract.schema.safeParse(event.data);
  if (!parsed.success) {
    return {
      ok: false,
      error: eventValidationError(
        EventValidationCodes.dataInvalid,
        `Data does not match ${contract.type}`,
        toValidationIssues(parsed.error.issues, ['data']),
      ),
    };
  }
  return { ok: true, event: { ...event, data: parsed.data as EventData<TContract> } };
}
