import type { EventValidationError } from './event-validation-error';

/** Thrown when code tries to produce an event that breaks its contract: a bug, not bad input. */
export class EventContractViolation extends Error {
  override readonly name = 'EventContractViolation';

  constructor(readonly validationError: EventValidationError) {
    super(validationError.message);
  }

  get code(): EventValidationError['code'] {
    return this.validationError.code;
  }
}
