import type { MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { ASSESSMENTS_PERSISTENCE } from '../assessments/assessments.persistence';
import { KOBO_PERSISTENCE } from '../kobo/kobo.persistence';
import { ORGANISATION_REPLICA_PERSISTENCE } from '../organisation-replica/organisation-replica.persistence';
import { ROUNDS_PERSISTENCE } from '../rounds/rounds.persistence';

interface ModulePersistence {
  entities: (new () => object)[];
  migrations: (new () => MigrationInterface)[];
}

/** Modules' tables in migration order: rounds and Kobo records reference assessments. */
const MODULES: ModulePersistence[] = [
  ORGANISATION_REPLICA_PERSISTENCE,
  ASSESSMENTS_PERSISTENCE,
  ROUNDS_PERSISTENCE,
  KOBO_PERSISTENCE,
];

export function needsDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'needs',
      entities: [...MESSAGING_ENTITIES, ...MODULES.flatMap((module) => module.entities)],
      migrations: [CreateMessagingTables1764000000000, ...MODULES.flatMap((module) => module.migrations)],
    }),
    url,
  };
}
