import {
  Partitioners,
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { dlqTopicName, parseCloudEvent, validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { describeError } from './outbox-relay';
import { silentLogger, type MessagingLogger } from './kafka-client';
import { retryDelayMs } from './retry-delay';

export interface DeliveredEvent {
  event: CloudEvent;
  topic: string;
  partition: number;
  offset: string;
}

/** Applies one event's effects using `manager`, the transaction that also records it in the inbox. */
export type InboxEventHandler = (delivery: DeliveredEvent, manager: EntityManager) => Promise<void>;

export interface InboxConsumerOptions {
  groupId: string;
  topics: string[];
  handle: InboxEventHandler;
  maxAttempts?: number;
  retryBaseMs?: number;
  logger?: MessagingLogger;
  /** Called when the consumer stopped for good (a non-retriable error): the owner restarts it. */
  onFatalError?: (error: Error) => void;
  /** Test seam: runs after the effects are committed and before the offset is. */
  beforeOffsetCommit?: (delivery: DeliveredEvent) => Promise<void>;
}

/** Partitions handled at once; order is kept within each partition, that is per aggregate. */
const PARTITIONS_IN_PARALLEL = 3;

type HandlingOutcome = { kind: 'applied' } | { kind: 'duplicate' } | { kind: 'dead-lettered'; reason: string };

/**
 * A Kafka consumer whose effects happen exactly once: each event is applied in a database
 * transaction that also inserts its id into the inbox, and offsets are committed only afterwards.
 * An event that breaks its contract, or keeps failing, is copied to `<topic>.dlq` with the error
 * and the partition moves on.
 */
export class InboxConsumer {
  private consumer: Consumer | null = null;
  private stopping = false;
  private dlqProducer: Producer | null = null;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly logger: MessagingLogger;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly options: InboxConsumerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBaseMs = options.retryBaseMs ?? 200;
    this.logger = options.logger ?? silentLogger;
  }

  async start(): Promise<void> {
    this.stopping = false;
    // Short session and rebalance timeouts: a restarted copy rejoins in seconds on a slow CI box.
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 10_000,
      rebalanceTimeout: 10_000,
      heartbeatInterval: 1_000,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    const dlqProducer = this.kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await Promise.all([consumer.connect(), dlqProducer.connect()]);
    this.consumer = consumer;
    this.dlqProducer = dlqProducer;
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      // kafkajs restarts by itself after retriable errors; anything else would leave us idle.
      if (!payload.restart) this.options.onFatalError?.(payload.error);
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: PARTITIONS_IN_PARALLEL,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Disconnecting first lets a batch in progress finish its current event and commit.
    await this.consumer?.disconnect().catch(() => undefined);
    await this.dlqProducer?.disconnect().catch(() => undefined);
    this.consumer = null;
    this.dlqProducer = null;
  }

  /**
   * Applies a partition's batch in order, one transaction per event, and commits the offset once
   * for the batch: a commit per event would cap throughput at the broker's commit latency, and
   * after a crash the inbox absorbs whatever the uncommitted part of the batch redelivers.
   */
  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    let lastHandled: string | null = null;
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const outcome = await this.process(batch.topic, batch.partition, message);
      resolveOffset(message.offset);
      lastHandled = message.offset;
      if (outcome.kind === 'dead-lettered') {
        this.logger.warn('event sent to dead-letter topic', {
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          reason: outcome.reason,
        });
        // The dead-letter topic has no inbox: commit at once, so a rebalance does not send it twice.
        await this.commit(batch.topic, batch.partition, lastHandled);
      }
      await heartbeat();
    }
    if (lastHandled !== null) await this.commit(batch.topic, batch.partition, lastHandled);
  }

  private async commit(topic: string, partition: number, handledOffset: string): Promise<void> {
    await this.consumer?.commitOffsets([{ topic, partition, offset: (BigInt(handledOffset) + 1n).toString() }]);
  }

  private async process(topic: string, partition: number, message: KafkaMessage): Promise<HandlingOutcome> {
    const parsed = parseCloudEvent(message.value);
    const validation = parsed.ok ? validateCloudEventForTopic(parsed.event, topic) : parsed;
    if (!validation.ok) {
      await this.deadLetter(topic, partition, message, validation.error.code, validation.error.message);
      return { kind: 'dead-lettered', reason: validation.error.code };
    }
    const delivery: DeliveredEvent = { event: validation.event, topic, partition, offset: message.offset };
    for (let attempt = 1; ; attempt++) {
      try {
        const applied = await this.applyOnce(delivery);
        if (applied) await this.options.beforeOffsetCommit?.(delivery);
        return applied ? { kind: 'applied' } : { kind: 'duplicate' };
      } catch (error) {
        if (this.stopping) throw error;
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(topic, partition, message, 'EVENT.HANDLER_FAILED', describeError(error));
          return { kind: 'dead-lettered', reason: 'EVENT.HANDLER_FAILED' };
        }
        const delayMs = retryDelayMs(attempt, this.retryBaseMs, 10_000);
        this.logger.warn('event handler failed; retrying', { topic, attempt, delayMs, error: describeError(error) });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  /** Returns false when this consumer group has already applied the event. */
  private applyOnce(delivery: DeliveredEvent): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox_message (consumer_group, event_id, event_type, topic, partition, kafka_offset)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (consumer_group, event_id) DO NOTHING
         RETURNING event_id`,
        [
          this.options.groupId,
          delivery.event.id,
          delivery.event.type,
          delivery.topic,
          delivery.partition,
          delivery.offset,
        ],
      );
      if (inserted.length === 0) return false;
      await this.options.handle(delivery, manager);
      return true;
    });
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, code: string, reason: string) {
    const producer = this.dlqProducer;
    if (!producer) throw new Error('consumer stopped before dead-lettering');
    await producer.send({
      topic: dlqTopicName(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            'dlq-error-code': code,
            'dlq-error-message': reason.slice(0, 2_000),
            'dlq-original-topic': topic,
            'dlq-original-partition': String(partition),
            'dlq-original-offset': message.offset,
            'dlq-consumer-group': this.options.groupId,
            'dlq-failed-at': new Date().toISOString(),
          },
        },
      ],
    });
  }
}
