import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { EventContract } from '../contract/event-contract';
import { checkEnvelope } from '../validation/check-envelope';
import { checkEventData } from '../validation/check-event-data';
import { EventContractViolation } from '../validation/event-contract-violation';
import {
  CLOUD_EVENTS_SPEC_VERSION,
  EVENT_DATA_CONTENT_TYPE,
  type CloudEvent,
} from '../envelope/cloud-event-envelope.schema';

export interface CreateCloudEventInput<TData> {
  /** Defaults to a new random UUID; pass one to make a retried publish idempotent. */
  readonly id?: string;
  /** Id of the aggregate the event is about. */
  readonly subject: string;
  readonly data: TData;
  /** Producing service as a URI path, e.g. `/coordination/directory`. */
  readonly source: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly actorOrg?: string;
  readonly traceparent?: string;
  /** When it happened; defaults to now. */
  readonly time?: Date | string;
}

/**
 * Builds a CloudEvent for `contract` and validates it, so an invalid event is caught where it is
 * produced instead of in every consumer. The returned `data` is the parsed data: fields outside
 * the contract (e.g. from passing a whole entity) are dropped rather than leaked onto Kafka.
 *
 * @throws EventContractViolation when the envelope or the data breaks the contract.
 */
export function createCloudEvent<TSchema extends z.ZodType, TType extends string>(
  contract: EventContract<TSchema, TType>,
  input: CreateCloudEventInput<z.input<TSchema>>,
): CloudEvent<z.output<TSchema>> & { type: TType } {
  const time = input.time instanceof Date ? input.time.toISOString() : (input.time ?? new Date().toISOString());
  const candidate = {
    specversion: CLOUD_EVENTS_SPEC_VERSION,
    id: input.id ?? randomUUID(),
    source: input.source,
    type: contract.type,
    subject: input.subject,
    time,
    datacontenttype: EVENT_DATA_CONTENT_TYPE,
    data: input.data,
    // Absent extensions are left out instead of set to undefined, so the JSON stays minimal.
    ...(input.correlationId !== undefined && { correlationid: input.correlationId }),
    ...(input.causationId !== undefined && { causationid: input.causationId }),
    ...(input.actorOrg !== undefined && { actororg: input.actorOrg }),
    ...(input.traceparent !== undefined && { traceparent: input.traceparent }),
  };

  const envelope = checkEnvelope(candidate);
  if (!envelope.ok) throw new EventContractViolation(envelope.error);
  const event = checkEventData(envelope.event, contract);
  if (!event.ok) throw new EventContractViolation(event.error);
  return event.event as CloudEvent<z.output<TSchema>> & { type: TType };
}
