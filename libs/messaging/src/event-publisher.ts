import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@coordination/contracts';
import { appendToOutbox } from './outbox-writer';
import type { OutboxRelay } from './outbox-relay';

/**
 * What a use case uses to publish: `record` inside its transaction, `flush` after the commit so
 * the relay publishes at once instead of at its next poll.
 */
export class EventPublisher {
  constructor(private readonly relay: OutboxRelay) {}

  record(manager: EntityManager, topic: string, ...events: CloudEvent[]): Promise<void> {
    return appendToOutbox(manager, topic, events);
  }

  flush(): void {
    this.relay.notify();
  }
}
