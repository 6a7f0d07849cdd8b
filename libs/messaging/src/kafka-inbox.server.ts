import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { InboxConsumer, type DeliveredEvent } from './inbox-consumer';
import type { MessagingLogger } from './kafka-client';

/** What an `@EventPattern` handler receives with `@Ctx()`: the delivery and its transaction. */
export class InboxEventContext {
  constructor(
    readonly delivery: DeliveredEvent,
    readonly manager: EntityManager,
  ) {}
}

export interface KafkaInboxServerSettings {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  topics: string[];
  logger?: MessagingLogger;
}

/**
 * A Nest microservice transport that routes CloudEvents to `@EventPattern(<event type>)` handlers
 * through an {@link InboxConsumer}, so consumer classes stay thin and get exactly-once effects.
 * Nest's built-in Kafka transport commits offsets on its own schedule and knows nothing of the
 * inbox transaction or the dead-letter topics, hence this transport.
 */
export class KafkaInboxServer extends Server implements CustomTransportStrategy {
  private consumer: InboxConsumer | null = null;

  constructor(private readonly settings: KafkaInboxServerSettings) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      this.consumer = new InboxConsumer(this.settings.kafka, this.settings.dataSource, {
        groupId: this.settings.groupId,
        topics: this.settings.topics,
        logger: this.settings.logger,
        handle: (delivery, manager) => this.dispatch(delivery, manager),
      });
      await this.consumer.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = null;
  }

  on(): void {
    // No transport-level events to expose: failures surface through the consumer's logger.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async dispatch(delivery: DeliveredEvent, manager: EntityManager): Promise<void> {
    const handler = this.getHandlerByPattern(delivery.event.type);
    // Event types this service does not react to are still recorded in the inbox, as seen.
    if (!handler) return;
    const result: unknown = await handler(delivery.event, new InboxEventContext(delivery, manager));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
