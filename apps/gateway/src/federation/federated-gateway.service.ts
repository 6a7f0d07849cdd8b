import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Kafka } from 'kafkajs';
import { TOPICS, TopicNames, type CloudEvent } from '@coordination/contracts';
import { createKafkaClient, describeError, nestMessagingLogger } from '@coordination/messaging';
import { ReadinessRegistry } from '@coordination/observability';
import { GatewayConfigToken, type GatewayConfig } from '../gateway.config.provider';
import { AgreementRegistry } from '../integrators/agreement-registry';
import { KafkaTopicListener } from '../subscriptions/kafka-topic-listener';
import { LiveFeed } from '../subscriptions/live-feed';
import type { GatewayRequestContext } from './gateway-request-context';
import { createFederatedGateway } from './gateway-runtime.factory';

/** Owns the gateway runtime, the Kafka stream behind its subscriptions and the agreements it enforces. */
@Injectable()
export class FederatedGatewayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Gateway');
  private readonly kafka: Kafka;
  readonly events = new LiveFeed<CloudEvent>();
  readonly agreements = new AgreementRegistry();
  readonly runtime: GatewayRuntime<GatewayRequestContext>;
  private readonly listeners: { name: string; listener: KafkaTopicListener }[];
  private stopped = false;

  constructor(
    @Inject(GatewayConfigToken) private readonly config: GatewayConfig,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.kafka = createKafkaClient({
      brokers: config.kafkaBrokers,
      clientId: 'gateway',
      logger: nestMessagingLogger('Kafka'),
    });
    const logger = nestMessagingLogger('GatewayEvents');
    this.listeners = [
      {
        name: 'subscriptions',
        // Subscribers want what happens from now on.
        listener: new KafkaTopicListener(this.kafka, logger, {
          topics: TOPICS.map((topic) => topic.name),
          fromBeginning: false,
          onEvent: (event) => this.events.publish(event),
        }),
      },
      {
        name: 'agreements',
        // The whole history: the registry is rebuilt at every start.
        listener: new KafkaTopicListener(this.kafka, logger, {
          topics: [TopicNames.directoryAgreement],
          fromBeginning: true,
          onEvent: (event) => this.agreements.apply(event),
        }),
      },
    ];
    this.runtime = createFederatedGateway(config, this.events, this.agreements);
  }

  onApplicationBootstrap(): void {
    for (const { name, listener } of this.listeners) {
      this.readiness.register(name, () =>
        listener.isJoined ? Promise.resolve() : Promise.reject(new Error(`${name} listener not joined to Kafka yet`)),
      );
      void this.startListener(name, listener);
    }
    this.readiness.register('subgraphs', () => this.checkSubgraphs());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.events.closeAll();
    await Promise.all(this.listeners.map(({ listener }) => listener.stop()));
    await this.runtime.dispose();
  }

  private async startListener(name: string, listener: KafkaTopicListener): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await listener.start();
        return;
      } catch (error) {
        this.logger.warn(`${name} listener could not start (attempt ${attempt}): ${describeError(error)}`);
        await listener.stop();
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  private async checkSubgraphs(): Promise<void> {
    const down: string[] = [];
    await Promise.all(
      Object.entries(this.config.subgraphUrls).map(async ([name, url]) => {
        const response = await fetch(new URL('/health/live', url), { signal: AbortSignal.timeout(1_500) }).catch(
          () => null,
        );
        if (!response?.ok) down.push(name);
      }),
    );
    if (down.length > 0) throw new Error(`unreachable subgraphs: ${down.sort().join(', ')}`);
  }
}
