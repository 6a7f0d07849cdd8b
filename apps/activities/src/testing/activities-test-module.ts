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
import { ACTIVITIES_DOMAIN_MODULES } from '../activities.module';
import { activitiesDataSourceOptions } from '../database/activities-data-source';

export type ActivitiesTestModule = ServiceTestModule;

/**
 * The activities domain modules on a test database, with use cases and queries ready to call. The
 * relay publishes to `kafka` (the test run's broker) when a test asks it to.
 */
export function startActivitiesTestModule(
  database: { url: string; dataSource: DataSource },
  kafka: Kafka,
): Promise<ActivitiesTestModule> {
  return startServiceTestModule({
    database,
    dataSourceOptions: activitiesDataSourceOptions,
    modules: ACTIVITIES_DOMAIN_MODULES,
    kafka,
  });
}

export { refusalOf, viewerWith, type Refusal };

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
