import type { MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@coordination/database';
import { ORGANISATION_REPLICA_PERSISTENCE } from '@coordination/directory-replica';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { ACCESS_PERSISTENCE } from '../access/access.persistence';
import { CASES_PERSISTENCE } from '../cases/cases.persistence';
import { CONSENTS_PERSISTENCE } from '../consents/consents.persistence';
import { PERSONAL_DATA_PERSISTENCE } from '../personal-data/personal-data.persistence';
import { REFERRALS_PERSISTENCE } from '../referrals/referrals.persistence';
import { SERVICE_REPLICA_PERSISTENCE } from '../service-replica/service-replica.persistence';

interface ModulePersistence {
  entities: (new () => object)[];
  migrations: (new () => MigrationInterface)[];
}

/**
 * Modules' tables in migration order: the organisations' keys before the cases they seal; consents
 * and referrals reference cases, the audit references both.
 */
const MODULES: ModulePersistence[] = [
  ORGANISATION_REPLICA_PERSISTENCE,
  SERVICE_REPLICA_PERSISTENCE,
  PERSONAL_DATA_PERSISTENCE,
  CASES_PERSISTENCE,
  CONSENTS_PERSISTENCE,
  REFERRALS_PERSISTENCE,
  ACCESS_PERSISTENCE,
];

export function referralsDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'referrals',
      entities: [...MESSAGING_ENTITIES, ...MODULES.flatMap((module) => module.entities)],
      migrations: [CreateMessagingTables1764000000000, ...MODULES.flatMap((module) => module.migrations)],
    }),
    url,
  };
}
