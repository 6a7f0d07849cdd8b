import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Kafka } from 'kafkajs';
import { createKafkaClient, describeError, nestMessagingLogger } from '@coordination/messaging';
import { ReadinessRegistry } from '@coordination/observability';
import { GatewayConfigToken, type GatewayConfig } from '../gateway.config.provider';
import { OrganisationRegistrationsFeed } from '../subscriptions/organisation-registrations.feed';
import type { GatewayRequestContext } from './gateway-request-context';
import { createFederatedGateway } from './gateway-runtime.factory';

/** Owns the gateway runtime and the Kafka feed behind its subscriptions. */
@Injectable()
export class FederatedGatewayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Gateway');
  private readonly kafka: Kafka;
  readonly feed: OrganisationRegistrationsFeed;
  readonly runtime: GatewayRuntime<GatewayRequestContext>;
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
    this.feed = new OrganisationRegistrationsFeed(this.kafka, nestMessagingLogger('SubscriptionFeed'));
    this.runtime = createFederatedGateway(config, this.feed);
  }

  onApplicationBootstrap(): void {
    this.readiness.register('subscriptions', () =>
      this.feed.isJoined ? Promise.resolve() : Promise.reject(new Error('subscription feed not joined to Kafka yet')),
    );
    this.readiness.register('subgraphs', () => this.checkSubgraphs());
    void this.startFeed();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.feed.stop();
    await this.runtime.dispose();
  }

  private async startFeed(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.feed.start();
        return;
      } catch (error) {
        this.logger.warn(`subscription feed could not start (attempt ${attempt}): ${describeError(error)}`);
        await this.feed.stop();
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  private async checkSubgraphs(): Promise<void> {
    const down: string[] = [];
    await Promise.all(
      Object.entries(this.config.subgraphUrls).map(async ([name, url]) => {
        const liveUrl = new URL('/health/live', url);
        const response = await fetch(liveUrl, { signal: AbortSignal.timeout(1_500) }).catch(() => null);
        if (!response?.ok) down.push(name);
      }),
    );
    if (down.length > 0) throw new Error(`unreachable subgraphs: ${down.sort().join(', ')}`);
  }
}
