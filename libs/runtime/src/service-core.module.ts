import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import type { ServiceConfig } from '@coordination/config';
import { AuthModule } from '@coordination/auth';
import { subgraphGraphQLModule } from '@coordination/graphql';
import { MessagingModule } from '@coordination/messaging';
import { DatabaseReadiness, ObservabilityModule } from '@coordination/observability';

/**
 * What every domain service has: its own database, Kafka (outbox relay, topics), token
 * verification, a federated GraphQL subgraph, health and metrics.
 */
@Module({})
export class ServiceCoreModule {
  static forService(config: ServiceConfig, dataSourceOptions: DataSourceOptions): DynamicModule {
    return {
      module: ServiceCoreModule,
      imports: [
        ObservabilityModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions, retryAttempts: 20, retryDelay: 1_000 }),
        MessagingModule.forRoot({
          clientId: config.service,
          brokers: config.kafkaBrokers,
          outboxPollIntervalMs: config.outboxPollIntervalMs,
        }),
        AuthModule.forRoot(config.auth),
        subgraphGraphQLModule(),
      ],
      providers: [DatabaseReadiness],
    };
  }
}
