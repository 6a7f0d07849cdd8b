import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { silentLogger, type MessagingLogger } from './kafka-client';
import { retryDelayMs } from './retry-delay';

export interface OutboxRelayOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  logger?: MessagingLogger;
}

interface ClaimedRow {
  position: string;
  event_id: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Rows of the batch, oldest first, locked by this relay. Rows locked by another relay copy are
 * skipped, and so is any row whose aggregate still has an older unpublished row outside this batch
 * (locked elsewhere or waiting for a retry), which keeps per-aggregate order with several relays.
 */
const CLAIM_BATCH_SQL = `
  WITH claimed AS MATERIALIZED (
    SELECT position, event_id, topic, message_key, event_type, payload, attempts
      FROM outbox_message
     WHERE published_at IS NULL AND next_attempt_at <= now()
     ORDER BY position
     LIMIT $1
       FOR UPDATE SKIP LOCKED
  )
  SELECT c.* FROM claimed c
   WHERE NOT EXISTS (
     SELECT 1 FROM outbox_message older
      WHERE older.message_key = c.message_key
        AND older.published_at IS NULL
        AND older.position < c.position
        AND older.position NOT IN (SELECT position FROM claimed))
   ORDER BY c.position`;

/**
 * Publishes committed outbox rows to Kafka. Delivery is at least once (a crash between the send and
 * the UPDATE republishes the batch); consumers' inboxes turn that into exactly-once effects.
 */
export class OutboxRelay {
  private producer: Producer | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private wakeRequested = false;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly logger: MessagingLogger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.logger = options.logger ?? silentLogger;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  /**
   * Lets a use case that just committed skip the polling delay. A call that lands while a batch
   * is being published is remembered, so the next sleep is skipped rather than the call lost.
   */
  notify(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
    this.loop = null;
    await this.disconnectProducer();
  }

  /** Publishes at most one batch; returns how many events reached Kafka. */
  async publishPendingBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(CLAIM_BATCH_SQL, [this.batchSize]);
      if (rows.length === 0) return 0;
      try {
        const producer = await this.connectedProducer();
        await producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
      } catch (error) {
        await this.recordFailure(manager, rows, error);
        await this.disconnectProducer();
        return 0;
      }
      await manager.query(
        `UPDATE outbox_message SET published_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE position = ANY($1::bigint[])`,
        [rows.map((row) => row.position)],
      );
      return rows.length;
    });
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.publishPendingBatch();
      } catch (error) {
        this.logger.error('outbox relay batch failed', { error: describeError(error) });
      }
      if (published < this.batchSize && this.running) await this.sleep(this.pollIntervalMs);
    }
  }

  private async recordFailure(manager: EntityManager, rows: ClaimedRow[], error: unknown): Promise<void> {
    const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
    const delayMs = retryDelayMs(attempts, this.pollIntervalMs, this.maxBackoffMs);
    this.logger.warn('outbox relay could not publish; will retry', {
      events: rows.length,
      attempts,
      retryInMs: delayMs,
      error: describeError(error),
    });
    await manager.query(
      `UPDATE outbox_message
          SET attempts = attempts + 1, last_error = $2,
              next_attempt_at = now() + ($3::int * interval '1 millisecond')
        WHERE position = ANY($1::bigint[])`,
      [rows.map((row) => row.position), describeError(error), delayMs],
    );
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      // Bounded retries: with kafkajs' default (unbounded) a send would hang while the broker is down
      // and hold the batch's row locks; the relay's own backoff takes over instead. A duplicate that
      // this could cause is absorbed by the consumers' inboxes.
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // Murmur2 on the key, as Java clients do: one aggregate lands on one partition everywhere.
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3_000 },
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async disconnectProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.wakeRequested = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}

function groupByTopic(rows: ClaimedRow[]): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: JSON.stringify(row.payload),
      headers: { 'ce-id': row.event_id, 'ce-type': row.event_type, 'content-type': 'application/cloudevents+json' },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
