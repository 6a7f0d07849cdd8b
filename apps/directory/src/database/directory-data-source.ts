import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreateOrganisation1764000000100 } from './migrations/1764000000100-create-organisation';

export function directoryDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'directory',
      entities: [...MESSAGING_ENTITIES, OrganisationEntity],
      migrations: [CreateMessagingTables1764000000000, CreateOrganisation1764000000100],
    }),
    url,
  };
}
