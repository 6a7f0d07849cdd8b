import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { TokenVerifier } from '@coordination/auth';
import { EventPublisher, OutboxRelay } from '@coordination/messaging';

/**
 * What ServiceCoreModule provides in the running app, minus HTTP: events go to the real outbox
 * through a relay that publishes only when a test asks it to (`relay.publishPendingBatch()`).
 */
function testPlatformModule(relay: OutboxRelay): DynamicModule {
  @Global()
  @Module({})
  class TestPlatformModule {}
  return {
    module: TestPlatformModule,
    providers: [
      { provide: OutboxRelay, useValue: relay },
      { provide: EventPublisher, useValue: new EventPublisher(relay) },
      { provide: TokenVerifier, useValue: {} },
    ],
    exports: [OutboxRelay, EventPublisher, TokenVerifier],
  };
}

export interface ServiceTestModule {
  get<T>(type: Type<T>): T;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/** A service's domain modules on a test database, with use cases and queries ready to call. */
export async function startServiceTestModule(settings: {
  database: { url: string; dataSource: DataSource };
  dataSourceOptions: (url: string) => DataSourceOptions;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  modules: readonly (Type<any> | DynamicModule)[];
  kafka: Kafka;
}): Promise<ServiceTestModule> {
  const { database, dataSourceOptions, modules, kafka } = settings;
  const relay = new OutboxRelay(database.dataSource, kafka);
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({ ...dataSourceOptions(database.url), extra: { max: 5 } }),
      testPlatformModule(relay),
      ...modules,
    ],
  }).compile();
  await moduleRef.init();
  return {
    get: (type) => moduleRef.get(type, { strict: false }),
    relay,
    close: async () => {
      await relay.stop();
      await moduleRef.close();
    },
  };
}
