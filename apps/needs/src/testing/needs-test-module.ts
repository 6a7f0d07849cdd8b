import { randomUUID } from 'node:crypto';
import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { TokenVerifier, type Role, type Viewer } from '@coordination/auth';
import { EventPublisher, OutboxRelay } from '@coordination/messaging';
import { needsDataSourceOptions } from '../database/needs-data-source';
import { NEEDS_DOMAIN_MODULES } from '../needs.module';

/** What ServiceCoreModule provides in the running app, minus HTTP: the relay publishes when a test asks it to. */
function testPlatformModule(relay: OutboxRelay): DynamicModule {
  @Global()
  @Module({})
  class NeedsTestPlatformModule {}
  return {
    module: NeedsTestPlatformModule,
    providers: [
      { provide: OutboxRelay, useValue: relay },
      { provide: EventPublisher, useValue: new EventPublisher(relay) },
      { provide: TokenVerifier, useValue: {} },
    ],
    exports: [OutboxRelay, EventPublisher, TokenVerifier],
  };
}

export interface NeedsTestModule {
  get<T>(type: Type<T>): T;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/** The needs domain modules on a test database, with use cases and queries ready to call. */
export async function startNeedsTestModule(
  database: { url: string; dataSource: DataSource },
  kafka: Kafka,
): Promise<NeedsTestModule> {
  const relay = new OutboxRelay(database.dataSource, kafka);
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({ ...needsDataSourceOptions(database.url), extra: { max: 5 } }),
      testPlatformModule(relay),
      ...NEEDS_DOMAIN_MODULES,
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

/** A caller holding one role, unscoped. */
export function viewerWith(role: Role, organisationId: string | null = null): Viewer {
  return {
    userId: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
    organisationId,
    roles: [role],
    grants: [{ role, sector: null, region: null }],
  };
}

/** Organisations as the directory's events would have replicated them. */
export async function insertReplicatedOrganisations(
  dataSource: DataSource,
  organisations: readonly { id: string; name: string; status?: 'ACTIVE' | 'MERGED' }[],
): Promise<void> {
  for (const organisation of organisations) {
    await dataSource.query(
      `INSERT INTO organisation_replica (id, name, type, status, source_event_id, source_event_time)
       VALUES ($1, $2, 'NNGO', $3, $4, now())`,
      [organisation.id, organisation.name, organisation.status ?? 'ACTIVE', randomUUID()],
    );
  }
}

export interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
}

/** The stable code and field a use case refused with. */
export async function refusalOf(attempt: Promise<unknown>): Promise<Refusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const { code, field } = error.extensions;
      return { code, field, message: error.message };
    }
    throw error;
  }
  throw new Error('expected the call to be refused');
}
