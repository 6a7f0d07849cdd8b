import { Logger, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ServiceConfig } from '@coordination/config';
import { KAFKA_CLIENT, KafkaInboxServer, nestMessagingLogger } from '@coordination/messaging';
import { JsonLogger, ReadinessRegistry } from '@coordination/observability';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';

export interface EventConsumption {
  /** One consumer group per service: every copy of the service shares the work. */
  groupId: string;
  topics: string[];
}

/**
 * Starts a domain service: HTTP (GraphQL subgraph, health, metrics), and, when it consumes events,
 * the Kafka inbox transport that routes them to its `@EventPattern` handlers.
 */
export async function bootstrapService(
  rootModule: Type<unknown> | DynamicModule,
  config: ServiceConfig,
  consumption?: EventConsumption,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger: new JsonLogger(config.service, config.logLevel),
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  exitIfShutdownHangs();
  app.useBodyParser('json', { limit: `${config.httpBodyLimitMb}mb` });
  if (consumption) {
    const inbox = new KafkaInboxServer({
      kafka: app.get<Kafka>(KAFKA_CLIENT),
      dataSource: app.get(DataSource),
      groupId: consumption.groupId,
      topics: consumption.topics,
      logger: nestMessagingLogger('InboxConsumer'),
    });
    app.connectMicroservice({ strategy: inbox }, { inheritAppConfig: true });
    app
      .get(ReadinessRegistry)
      .register('consumer', () =>
        inbox.isConsuming ? Promise.resolve() : Promise.reject(new Error('not consuming events yet')),
      );
    await app.startAllMicroservices();
  }
  await app.listen(config.port, config.host);
  new Logger('Bootstrap').log(`${config.service} listening on http://${config.host}:${config.port}`);
  return app;
}

/**
 * Nest closes the app on SIGTERM (consumer, relay, connections). Should a dependency hang (a
 * broker that no longer answers), the process still exits instead of waiting for a SIGKILL.
 */
export function exitIfShutdownHangs(graceMs = 15_000): void {
  process.once('SIGTERM', () => {
    setTimeout(() => {
      new Logger('Shutdown').error(`still running ${graceMs} ms after SIGTERM; exiting`);
      process.exit(1);
    }, graceMs).unref();
  });
}
