import type { MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { IMPORTS_PERSISTENCE } from '../imports/imports.persistence';
import { INDICATORS_PERSISTENCE } from '../indicators/indicators.persistence';
import { OrganisationReplicaEntity } from '../organisation-replica/organisation-replica.entity';
import { REPORTING_PERIODS_PERSISTENCE } from '../reporting-periods/reporting-periods.persistence';
import { REPORTS_PERSISTENCE } from '../reports/reports.persistence';
import { TARGETS_PERSISTENCE } from '../targets/targets.persistence';
import { CreateOrganisationReplica1764000000200 } from './migrations/1764000000200-create-organisation-replica';
import { OrganisationReplicaProfile1764000000201 } from './migrations/1764000000201-organisation-replica-profile';

interface ModulePersistence {
  entities: (new () => object)[];
  migrations: (new () => MigrationInterface)[];
}

/** Modules' tables in migration order: reports reference indicators, targets reference both; imports last. */
const MODULES: ModulePersistence[] = [
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
      entities: [...MESSAGING_ENTITIES, OrganisationReplicaEntity, ...MODULES.flatMap((module) => module.entities)],
      migrations: [
        CreateMessagingTables1764000000000,
        CreateOrganisationReplica1764000000200,
        OrganisationReplicaProfile1764000000201,
        ...MODULES.flatMap((module) => module.migrations),
      ],
    }),
    url,
  };
}
