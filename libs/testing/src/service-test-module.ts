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
  /** With `http: true`: where the module's controllers listen (http://127.0.0.1:<free port>). */
  baseUrl: string | null;
  close(): Promise<void>;
}

/** A service's domain modules on a test database, with use cases and queries ready to call. */
export async function startServiceTestModule(settings: {
  database: { url: string; dataSource: DataSource };
  dataSourceOptions: (url: string) => DataSourceOptions;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  modules: readonly (Type<any> | DynamicModule)[];
  kafka: Kafka;
  /** Also serve the modules' HTTP controllers on a free port, for tests that go through HTTP. */
  http?: boolean;
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
  const app = settings.http ? moduleRef.createNestApplication({ logger: false }) : null;
  if (app) {
    await app.listen(0, '127.0.0.1');
  } else {
    await moduleRef.init();
  }
  return {
    get: (type) => moduleRef.get(type, { strict: false }),
    relay,
    baseUrl: app ? (await app.getUrl()).replace('[::1]', '127.0.0.1') : null,
    close: async () => {
      await relay.stop();
      await (app ?? moduleRef).close();
    },
  };
}
