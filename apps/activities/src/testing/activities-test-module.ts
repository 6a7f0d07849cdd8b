import { randomUUID } from 'node:crypto';
import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { TokenVerifier, type AccessGrant, type Role, type Viewer } from '@coordination/auth';
import { EventPublisher, OutboxRelay } from '@coordination/messaging';
import { ACTIVITIES_DOMAIN_MODULES } from '../activities.module';
import { activitiesDataSourceOptions } from '../database/activities-data-source';

/**
 * What ServiceCoreModule provides in the running app, minus the HTTP side: events go to the real
 * outbox through a relay that only publishes when a test asks it to (`relay.publishPendingBatch()`).
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

export interface ActivitiesTestModule {
  get<T>(type: Type<T>): T;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/**
 * The activities domain modules on a test database, with use cases and queries ready to call. The
 * relay publishes to `kafka` (the test run's broker) when a test asks it to.
 */
export async function startActivitiesTestModule(
  database: { url: string; dataSource: DataSource },
  kafka: Kafka,
): Promise<ActivitiesTestModule> {
  const relay = new OutboxRelay(database.dataSource, kafka);
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({ ...activitiesDataSourceOptions(database.url), extra: { max: 5 } }),
      testPlatformModule(relay),
      ...ACTIVITIES_DOMAIN_MODULES,
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

/** A caller holding `role`, scoped for sector coordinators. */
export function viewerWith(
  role: Role,
  organisationId: string | null = null,
  scope: Pick<AccessGrant, 'sector' | 'region'> = { sector: null, region: null },
): Viewer {
  return {
    userId: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
    organisationId,
    roles: [role],
    grants: [{ role, ...scope }],
  };
}

/** Organisations as the directory's events would have replicated them. */
export async function insertReplicatedOrganisations(
  dataSource: DataSource,
  organisations: readonly { id: string; name: string; acronym?: string; status?: 'ACTIVE' | 'MERGED' }[],
): Promise<void> {
  for (const organisation of organisations) {
    await dataSource.query(
      `INSERT INTO organisation_replica (id, name, acronym, type, registered_at, source_event_id, status)
       VALUES ($1, $2, $3, 'NNGO', now(), $4, $5)`,
      [organisation.id, organisation.name, organisation.acronym ?? null, randomUUID(), organisation.status ?? 'ACTIVE'],
    );
  }
}

export interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
  problems: unknown;
}

/** The stable code and field a use case refused with. */
export async function refusalOf(attempt: Promise<unknown>): Promise<Refusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const { code, field, problems } = error.extensions;
      return { code, field, message: error.message, problems };
    }
    throw error;
  }
  throw new Error('expected the call to be refused');
}
