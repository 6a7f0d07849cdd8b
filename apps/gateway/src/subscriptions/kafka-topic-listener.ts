import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import { parseCloudEvent, validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import type { MessagingLogger } from '@coordination/messaging';

export interface TopicListenerOptions {
  topics: string[];
  /** From the start of the topics (to rebuild state) or only what arrives from now on. */
  fromBeginning: boolean;
  onEvent: (event: CloudEvent) => void;
}

/**
 * A gateway copy's own view of some topics: a consumer group per copy (every copy sees every
 * event), no offsets worth keeping, invalid events skipped (the services' consumers dead-letter them).
 */
export class KafkaTopicListener {
  private consumer: Consumer | null = null;
  private joined = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly logger: MessagingLogger,
    private readonly options: TopicListenerOptions,
  ) {}

  get isJoined(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: `gateway-${randomUUID()}`,
      sessionTimeout: 10_000,
      rebalanceTimeout: 10_000,
      heartbeatInterval: 1_000,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        const parsed = parseCloudEvent(message.value);
        const validation = parsed.ok ? validateCloudEventForTopic(parsed.event, topic) : parsed;
        if (!validation.ok) {
          this.logger.warn('gateway skipped an invalid event', { topic, code: validation.error.code });
          return;
        }
        this.options.onEvent(validation.event);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
    this.joined = false;
  }
}
