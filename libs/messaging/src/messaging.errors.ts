import type { EventValidationError } from '@coordination/contracts';

/** A use case tried to publish an event that breaks its contract: a programming error, never sent. */
export class EventPublicationRefused extends Error {
  readonly code = 'EVENT.PUBLICATION_REFUSED';
  constructor(readonly validationError: EventValidationError) {
    super(`Event refused by its contract (${validationError.code}): ${validationError.message}`);
  }
}
