import type { MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@coordination/database';
import { ORGANISATION_REPLICA_PERSISTENCE } from '@coordination/directory-replica';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { IMPORTS_PERSISTENCE } from '../imports/imports.persistence';
import { INDICATORS_PERSISTENCE } from '../indicators/indicators.persistence';
import { REPORTING_PERIODS_PERSISTENCE } from '../reporting-periods/reporting-periods.persistence';
import { REPORTS_PERSISTENCE } from '../reports/reports.persistence';
import { TARGETS_PERSISTENCE } from '../targets/targets.persistence';

interface ModulePersistence {
  entities: (new () => object)[];
  migrations: (new () => MigrationInterface)[];
}

/**
 * Modules' tables in migration order: the organisation replica first, reports reference indicators,
 * targets reference both; imports last.
 */
const MODULES: ModulePersistence[] = [
  ORGANISATION_REPLICA_PERSISTENCE,
  INDICATORS_PERSISTENCE,
  REPORTING_PERIODS_PERSISTENCE,
  REPORTS_PERSISTENCE,
  TARGETS_PERSISTENCE,
  IMPORTS_PERSISTENCE,
];

export function activitiesDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'activities',
      entities: [...MESSAGING_ENTITIES, ...MODULES.flatMap((module) => module.entities)],
      migrations: [CreateMessagingTables1764000000000, ...MODULES.flatMap((module) => module.migrations)],
    }),
    url,
  };
}
