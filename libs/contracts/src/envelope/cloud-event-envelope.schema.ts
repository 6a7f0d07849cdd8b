import { z } from 'zod';
import { EVENT_TYPE_PATTERN, TRACEPARENT_PATTERN } from './envelope-patterns';

export const CLOUD_EVENTS_SPEC_VERSION = '1.0';
export const EVENT_DATA_CONTENT_TYPE = 'application/json';

/**
 * CloudEvents 1.0 envelope in structured JSON mode, as every platform message travels on Kafka.
 * `data` is left open here and checked against the contract of `type` afterwards, so one schema
 * serves all event types.
 *
 * Strict: every producer lives in this repository and every extension we use is declared below,
 * so an unknown attribute means a typo or a bug rather than a foreign extension worth keeping.
 */
export const cloudEventEnvelopeSchema = z.strictObject({
  specversion: z.literal(CLOUD_EVENTS_SPEC_VERSION),
  id: z.uuid().describe('Unique per event; consumers use it to drop duplicate deliveries.'),
  source: z.string().min(1).describe('Producing service as a URI path, e.g. /coordination/directory.'),
  type: z
    .string()
    .regex(EVENT_TYPE_PATTERN, 'Must be a versioned event type like org.example.thing.happened.v1')
    .describe('Versioned event type; selects the contract that `data` follows.'),
  subject: z
    .string()
    .min(1)
    .describe('Id of the aggregate the event is about; also the Kafka key, keeping its events in order.'),
  // RFC 3339 as CloudEvents requires: a timezone (Z or offset) is mandatory.
  time: z.iso.datetime({ offset: true }).describe('When the change happened (RFC 3339).'),
  datacontenttype: z.literal(EVENT_DATA_CONTENT_TYPE),
  data: z.unknown(),
  correlationid: z
    .string()
    .min(1)
    .optional()
    .describe('Shared by every event caused by the same original request, to follow a flow.'),
  causationid: z.string().min(1).optional().describe('Id of the event or command that directly caused this one.'),
  actororg: z
    .string()
    .min(1)
    .optional()
    .describe('Organisation on whose behalf the actor acted; needed for multi-agency audit.'),
  traceparent: z
    .string()
    .regex(TRACEPARENT_PATTERN, 'Must be a W3C traceparent')
    .optional()
    .describe('W3C trace context, so traces continue across Kafka hops.'),
});

type CloudEventEnvelope = z.output<typeof cloudEventEnvelopeSchema>;

/** A validated CloudEvent whose `data` has the type given by its contract. */
export type CloudEvent<TData = unknown> = Omit<CloudEventEnvelope, 'data'> & { data: TData };
