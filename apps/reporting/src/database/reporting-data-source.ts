import type { MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@coordination/database';
import { ORGANISATION_REPLICA_PERSISTENCE } from '@coordination/directory-replica';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { COVERAGE_PERSISTENCE } from '../coverage-model/coverage.persistence';
import { GAP_ALERTS_PERSISTENCE } from '../gap-alerts/gap-alerts.persistence';

interface ModulePersistence {
  entities: (new () => object)[];
  migrations: (new () => MigrationInterface)[];
}

const MODULES: ModulePersistence[] = [ORGANISATION_REPLICA_PERSISTENCE, COVERAGE_PERSISTENCE, GAP_ALERTS_PERSISTENCE];

export function reportingDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'reporting',
      entities: [...MESSAGING_ENTITIES, ...MODULES.flatMap((module) => module.entities)],
      migrations: [CreateMessagingTables1764000000000, ...MODULES.flatMap((module) => module.migrations)],
    }),
    url,
  };
}
