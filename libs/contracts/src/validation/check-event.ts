import { findEventContract } from '../registry/event-contracts';
import { checkEnvelope } from './check-envelope';
import { checkEventData } from './check-event-data';
import { EventValidationCodes, eventValidationError } from './event-validation-error';
import type { EventValidationResult } from './event-validation-result';

/** Checks an already decoded value: envelope first, then that its type is known, then its data. */
export function checkEvent(value: unknown): EventValidationResult {
  const envelope = checkEnvelope(value);
  if (!envelope.ok) return envelope;

  const { type } = envelope.event;
  const contract = findEventContract(type);
  if (!contract) {
    return {
      ok: false,
      error: eventValidationError(EventValidationCodes.unknownType, `Unknown event type ${type}`, [
        { path: 'type', message: 'No event contract is registered for this type' },
      ]),
    };
  }
  return checkEventData(envelope.event, contract);
}
