import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@coordination/contracts';
import { appendToOutbox, insertOutboxBatch, prepareOutboxBatch, type OutboxBatch } from './outbox-writer';
import type { OutboxRelay } from './outbox-relay';

/**
 * What a use case uses to publish: `record` inside its transaction, `flush` after the commit so
 * the relay publishes at once instead of at its next poll. Bulk writers `prepare` a batch (checked
 * against the contract, serialised) and `recordBatch` it, so preparing the next batch can overlap
 * with writing the last one; the guarantees are those of `record`.
 */
export class EventPublisher {
  constructor(private readonly relay: OutboxRelay) {}

  record(manager: EntityManager, topic: string, ...events: CloudEvent[]): Promise<void> {
    return appendToOutbox(manager, topic, events);
  }

  prepare(topic: string, events: readonly CloudEvent[]): OutboxBatch {
    return prepareOutboxBatch(topic, events);
  }

  recordBatch(manager: EntityManager, batch: OutboxBatch): Promise<void> {
    return insertOutboxBatch(manager, batch);
  }

  flush(): void {
    this.relay.notify();
  }
}
