import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { OutboxMessageEntity } from './outbox-message.entity';
import { EventPublicationRefused } from './messaging.errors';

/**
 * Records events in the outbox inside the caller's transaction. The relay publishes them after the
 * transaction commits, so the change and its event are saved together or not at all.
 */
export async function appendToOutbox(manager: EntityManager, topic: string, events: CloudEvent[]): Promise<void> {
  const rows = events.map((event) => {
    const validation = validateCloudEventForTopic(event, topic);
    if (!validation.ok) throw new EventPublicationRefused(validation.error);
    const row: QueryDeepPartialEntity<OutboxMessageEntity> = {
      eventId: event.id,
      topic,
      messageKey: event.subject,
      eventType: event.type,
      // jsonb column: TypeORM serialises the envelope as it is.
      payload: event as unknown as QueryDeepPartialEntity<Record<string, unknown>>,
    };
    return row;
  });
  if (rows.length > 0) await manager.insert(OutboxMessageEntity, rows);
}
