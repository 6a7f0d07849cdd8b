import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import { OrganisationRegisteredV1, TopicNames, parseCloudEvent, type EventData } from '@coordination/contracts';
import type { MessagingLogger } from '@coordination/messaging';
import { LiveFeed } from './live-feed';

export type OrganisationRegistration = EventData<typeof OrganisationRegisteredV1> & { eventId: string };

/**
 * Feeds the `organisationRegistered` subscription from Kafka. Each gateway copy has its own
 * consumer group, so every copy sees every event and serves its own WebSocket clients; it starts
 * at the newest offset because subscribers want what happens from now on.
 */
export class OrganisationRegistrationsFeed {
  readonly feed = new LiveFeed<OrganisationRegistration>();
  private consumer: Consumer | null = null;
  private joined = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly logger: MessagingLogger,
  ) {}

  get isJoined(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: `gateway-subscriptions-${randomUUID()}`,
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
    await consumer.subscribe({ topics: [TopicNames.directoryOrganisation], fromBeginning: false });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const parsed = parseCloudEvent(message.value);
        if (!parsed.ok) {
          this.logger.warn('subscription feed skipped an invalid event', { code: parsed.error.code });
          return;
        }
        if (parsed.event.type !== OrganisationRegisteredV1.type) return;
        const data = parsed.event.data as EventData<typeof OrganisationRegisteredV1>;
        this.feed.publish({ ...data, eventId: parsed.event.id });
      },
    });
  }

  async stop(): Promise<void> {
    this.feed.closeAll();
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
    this.joined = false;
  }
}
