import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { allTopicDefinitions } from '@coordination/contracts';
import { ReadinessRegistry } from '@coordination/observability';
import { createKafkaClient } from './kafka-client';
import { nestMessagingLogger } from './nest-messaging-logger';
import { OutboxRelay, describeError } from './outbox-relay';
import { EventPublisher } from './event-publisher';
import { provisionTopics } from './topic-provisioner';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

export interface MessagingModuleOptions {
  clientId: string;
  brokers: string[];
  outboxPollIntervalMs: number;
}

/**
 * Provisions topics, then keeps the outbox relay running. Kafka being down at boot does not stop
 * the service: it keeps accepting writes (they wait in the outbox) and reports not ready until
 * the broker answers.
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private topicsReady = false;
  private stopped = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly relay: OutboxRelay,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.readiness.register('kafka', () => this.checkKafka());
    void this.provisionThenRelay();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.relay.stop();
  }

  private async provisionThenRelay(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        const created = await provisionTopics(this.kafka, allTopicDefinitions());
        if (created.length > 0) this.logger.log(`created topics: ${created.join(', ')}`);
        this.topicsReady = true;
        // The app may have begun shutting down while the topics were being created.
        if (!this.stopped) this.relay.start();
        return;
      } catch (error) {
        this.logger.warn(`topic provisioning failed (attempt ${attempt}): ${describeError(error)}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  private async checkKafka(): Promise<void> {
    if (!this.topicsReady) throw new Error('topics not provisioned yet');
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        {
          provide: KAFKA_CLIENT,
          useFactory: () =>
            createKafkaClient({
              brokers: options.brokers,
              clientId: options.clientId,
              logger: nestMessagingLogger('Kafka'),
            }),
        },
        {
          provide: OutboxRelay,
          inject: [DataSource, KAFKA_CLIENT],
          useFactory: (dataSource: DataSource, kafka: Kafka) =>
            new OutboxRelay(dataSource, kafka, {
              pollIntervalMs: options.outboxPollIntervalMs,
              logger: nestMessagingLogger('OutboxRelay'),
            }),
        },
        {
          provide: EventPublisher,
          inject: [OutboxRelay],
          useFactory: (relay: OutboxRelay) => new EventPublisher(relay),
        },
        MessagingLifecycle,
      ],
      exports: [KAFKA_CLIENT, OutboxRelay, EventPublisher],
    };
  }
}
