import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { IDENTITY_PERSISTENCE } from '../identity/identity.persistence';
import { INTEGRATORS_PERSISTENCE } from '../integrators/integrators.persistence';
import { ORGANISATIONS_PERSISTENCE } from '../organisations/organisations.persistence';
import { SERVICE_DIRECTORY_PERSISTENCE } from '../service-directory/service-directory.persistence';

/** Each module lists its own tables; migrations run in the order of their timestamps. */
const MODULES = [
  ORGANISATIONS_PERSISTENCE,
  IDENTITY_PERSISTENCE,
  SERVICE_DIRECTORY_PERSISTENCE,
  INTEGRATORS_PERSISTENCE,
];

export function directoryDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'directory',
      entities: [...MESSAGING_ENTITIES, ...MODULES.flatMap((module) => module.entities)],
      migrations: [CreateMessagingTables1764000000000, ...MODULES.flatMap((module) => module.migrations)],
    }),
    url,
  };
}
