import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  refusalOf,
  startServiceTestModule,
  viewerWith,
  type Refusal,
  type ServiceTestModule,
} from '@coordination/testing';
import { needsDataSourceOptions } from '../database/needs-data-source';
import { NEEDS_DOMAIN_MODULES } from '../needs.module';

export type NeedsTestModule = ServiceTestModule;

/** The needs domain modules on a test database, with use cases and queries ready to call. */
export function startNeedsTestModule(
  database: { url: string; dataSource: DataSource },
  kafka: Kafka,
  options: { http?: boolean } = {},
): Promise<NeedsTestModule> {
  return startServiceTestModule({
    database,
    dataSourceOptions: needsDataSourceOptions,
    modules: NEEDS_DOMAIN_MODULES,
    kafka,
    http: options.http,
  });
}

export { refusalOf, viewerWith, type Refusal };

/** Organisations as the directory's events would have replicated them. */
export async function insertReplicatedOrganisations(
  dataSource: DataSource,
  organisations: readonly { id: string; name: string; status?: 'ACTIVE' | 'MERGED' }[],
): Promise<void> {
  for (const organisation of organisations) {
    await dataSource.query(
      `INSERT INTO organisation_replica (id, name, type, status, registered_at, source_event_id, source_event_time)
       VALUES ($1, $2, 'NNGO', $3, now(), $4, now())`,
      [organisation.id, organisation.name, organisation.status ?? 'ACTIVE', randomUUID()],
    );
  }
}
