import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { TokenVerifier, type Role, type Viewer } from '@coordination/auth';
import { EventPublisher, type OutboxRelay } from '@coordination/messaging';
import { directoryDataSourceOptions } from '../../database/directory-data-source';
import { ServiceDirectoryModule } from '../service-directory.module';

/**
 * What ServiceCoreModule provides in the running app, minus Kafka and token checks: events still go
 * to the real outbox table (the relay is simply never woken), and resolvers are called directly.
 */
@Global()
@Module({
  providers: [
    { provide: EventPublisher, useValue: new EventPublisher({ notify: () => undefined } as unknown as OutboxRelay) },
    { provide: TokenVerifier, useValue: {} },
  ],
  exports: [EventPublisher, TokenVerifier],
})
class TestPlatformModule {}

export interface ServiceDirectoryTestApp {
  app: INestApplication;
  /** Base URL of the app's HTTP server (the HSDS API). */
  url: string;
}

/** The service-directory module on a test database, listening on a free port. */
export async function startServiceDirectoryTestApp(databaseUrl: string): Promise<ServiceDirectoryTestApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({ ...directoryDataSourceOptions(databaseUrl), extra: { max: 5 } }),
      TestPlatformModule,
      ServiceDirectoryModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** A caller holding `role`, for `organisationId` when given. */
export function viewerWith(role: Role, organisationId: string | null = null, userId = `user-${role}`): Viewer {
  return { userId, organisationId, roles: [role], grants: [{ role, sector: null, region: null }] };
}

/** Inserts organisations the way the organisations module stores them, without going through it. */
export async function insertOrganisations(
  dataSource: DataSource,
  organisations: readonly { id: string; name: string; acronym?: string | null; type?: string; status?: string }[],
): Promise<void> {
  for (const organisation of organisations) {
    await dataSource.query(
      `INSERT INTO organisation (id, name, acronym, type, registered_by, status) VALUES ($1, $2, $3, $4, 'test', $5)`,
      [
        organisation.id,
        organisation.name,
        organisation.acronym ?? null,
        organisation.type ?? 'NNGO',
        organisation.status ?? 'ACTIVE',
      ],
    );
  }
}
