import { findEventContract } from '../registry/event-contracts';
import { EventValidationCodes, eventValidationError } from './event-validation-error';
import type { EventValidationResult } from './event-validation-result';
import { validateCloudEvent } from './validate-cloud-event';

/**
 * Like {@link validateCloudEvent}, and also rejects an event read from a topic its contract does
 * not belong to: a consumer would otherwise apply events it never subscribed to.
 */
export function validateCloudEventForTopic(value: unknown, topic: string): EventValidationResult {
  const result = validateCloudEvent(value);
  if (!result.ok) return result;

  const { type } = result.event;
  // A valid event always has a contract; the check only guards against future refactoring.
  const expectedTopic = findEventContract(type)?.topic;
  if (expectedTopic !== topic) {
    return {
      ok: false,
      error: eventValidationError(
        EventValidationCodes.wrongTopic,
        `Event type ${type} does not belong to topic ${topic}`,
        [{ path: 'type', message: `Expected on topic ${expectedTopic}` }],
      ),
    };
  }
  return result;
}
