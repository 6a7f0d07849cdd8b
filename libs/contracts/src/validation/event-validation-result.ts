import type { CloudEvent } from '../envelope/cloud-event-envelope.schema';
import type { EventValidationError } from './event-validation-error';

export type EventValidationResult<TData = unknown> =
  | { readonly ok: true; readonly event: CloudEvent<TData> }
  | { readonly ok: false; readonly error: EventValidationError };
