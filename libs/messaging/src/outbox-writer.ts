import type { EntityManager } from 'typeorm';
import { validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { joinJsonDocuments, splitJsonDocuments } from '@coordination/database';
import { EventPublicationRefused } from './messaging.errors';

/**
 * Events checked against their topic's contract and serialised, ready to go into the outbox in one
 * statement. Made apart from the insert so a bulk writer can prepare the next batch while the last
 * one is still being written.
 */
export interface OutboxBatch {
  readonly topic: string;
  readonly size: number;
  /** One array per column, in the order the events were given. */
  readonly eventIds: readonly string[];
  readonly messageKeys: readonly string[];
  readonly eventTypes: readonly string[];
  /** The envelopes as JSON documents in one text (see `joinJsonDocuments`), for the jsonb column. */
  readonly payloads: Buffer;
}

/** Checks every event against `topic`'s contract (throws {@link EventPublicationRefused}) and serialises them. */
export function prepareOutboxBatch(topic: string, events: readonly CloudEvent[]): OutboxBatch {
  for (const event of events) {
    const validation = validateCloudEventForTopic(event, topic);
    if (!validation.ok) throw new EventPublicationRefused(validation.error);
  }
  return {
    topic,
    size: events.length,
    eventIds: events.map((event) => event.id),
    messageKeys: events.map((event) => event.subject),
    eventTypes: events.map((event) => event.type),
    payloads: joinJsonDocuments(events),
  };
}

/**
 * Records a prepared batch in the outbox inside the caller's transaction, in one statement whatever its
 * size (one array parameter per column). Rows are numbered (`position`) in the batch's order, which is
 * the order the relay publishes in.
 */
export async function insertOutboxBatch(manager: EntityManager, batch: OutboxBatch): Promise<void> {
  if (batch.size === 0) return;
  await manager.query(
    `INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload)
     SELECT event_id, $1, message_key, event_type, payload::jsonb
       FROM unnest($2::uuid[], $3::text[], $4::text[], ${splitJsonDocuments('$5::text')})
            WITH ORDINALITY AS batch (event_id, message_key, event_type, payload, ordinality)
      ORDER BY batch.ordinality`,
    [batch.topic, batch.eventIds, batch.messageKeys, batch.eventTypes, batch.payloads],
  );
}

/**
 * Records events in the outbox inside the caller's transaction. The relay publishes them after the
 * transaction commits, so the change and its event are saved together or not at all.
 */
export async function appendToOutbox(manager: EntityManager, topic: string, events: CloudEvent[]): Promise<void> {
  await insertOutboxBatch(manager, prepareOutboxBatch(topic, events));
}
