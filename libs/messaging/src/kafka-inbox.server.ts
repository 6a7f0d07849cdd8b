import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { InboxConsumer, type DeliveredEvent } from './inbox-consumer';
import type { MessagingLogger } from './kafka-client';
import { describeError } from './outbox-relay';

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
  private running = false;

  constructor(private readonly settings: KafkaInboxServerSettings) {
    super();
  }

  /** True once the consumer has joined its group; a readiness check reads it. */
  get isConsuming(): boolean {
    return this.consumer !== null;
  }

  /**
   * Returns at once and joins the group in the background, retrying: at boot the broker may still
   * be starting or the topics not yet created, and the app should come up and say "not ready".
   */
  listen(callback: () => void): void {
    this.running = true;
    void this.startWithRetries();
    callback();
  }

  async close(): Promise<void> {
    this.running = false;
    await this.consumer?.stop();
    this.consumer = null;
  }

  on(): void {
    // No transport-level events to expose: failures surface through the consumer's logger.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async startWithRetries(): Promise<void> {
    for (let attempt = 1; this.running; attempt++) {
      const consumer = new InboxConsumer(this.settings.kafka, this.settings.dataSource, {
        groupId: this.settings.groupId,
        topics: this.settings.topics,
        logger: this.settings.logger,
        handle: (delivery, manager) => this.dispatch(delivery, manager),
        onFatalError: (error) => void this.restartAfter(error),
      });
      try {
        await consumer.start();
        this.consumer = consumer;
        return;
      } catch (error) {
        this.settings.logger?.warn('event consumer could not start; retrying', {
          attempt,
          error: describeError(error),
        });
        await consumer.stop();
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  private async restartAfter(error: Error): Promise<void> {
    this.settings.logger?.error('event consumer stopped; restarting it', { error: describeError(error) });
    const crashed = this.consumer;
    this.consumer = null;
    await crashed?.stop();
    await this.startWithRetries();
  }

  private async dispatch(delivery: DeliveredEvent, manager: EntityManager): Promise<void> {
    const handler = this.getHandlerByPattern(delivery.event.type);
    // Event types this service does not react to are still recorded in the inbox, as seen.
    if (!handler) return;
    const result: unknown = await handler(delivery.event, new InboxEventContext(delivery, manager));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
