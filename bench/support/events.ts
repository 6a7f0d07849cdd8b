import { createHash } from 'node:crypto';
import {
  ORGANISATION_TYPES,
  OrganisationRegisteredV1,
  createCloudEvent,
  type CloudEvent,
} from '@coordination/contracts';
import type { Message } from 'kafkajs';
import type { BenchSettings } from './settings';

/** A version-4-shaped UUID derived from `seed`, so every case of a run builds the very same events. */
function uuidFrom(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `settings.events` OrganisationRegisteredV1 events, each about a different organisation (so a
 * different aggregate and Kafka key). Tagged with source /coordination/bench and correlation id
 * bench-<runId> so they can be told apart from real registrations on directory.organisation.
 */
export function benchEvents(settings: BenchSettings): CloudEvent[] {
  const events: CloudEvent[] = [];
  for (let i = 0; i < settings.events; i++) {
    const organisationId = uuidFrom(`${settings.runId}:organisation:${i}`);
    events.push(
      createCloudEvent(OrganisationRegisteredV1, {
        id: uuidFrom(`${settings.runId}:event:${i}`),
        subject: organisationId,
        source: '/coordination/bench',
        correlationId: `bench-${settings.runId}`,
        time: settings.startedAt,
        data: {
          organisationId,
          name: `Benchmark organisation ${i} of run ${settings.runId}`,
          acronym: `BENCH${i}`,
          type: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length],
          registeredAt: settings.startedAt,
        },
      }),
    );
  }
  return events;
}

/** The Kafka message the outbox relay sends for `event`: same key, headers and JSON. */
export function kafkaMessageOf(event: CloudEvent): Message {
  return {
    key: event.subject,
    value: JSON.stringify(event),
    headers: { 'ce-id': event.id, 'ce-type': event.type, 'content-type': 'application/cloudevents+json' },
  };
}
