import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';
import { OrganisationReplicaEntity } from '../organisation-replica/organisation-replica.entity';
import { CreateOrganisationReplica1764000000200 } from './migrations/1764000000200-create-organisation-replica';
import { OrganisationReplicaProfile1764000000201 } from './migrations/1764000000201-organisation-replica-profile';

export function activitiesDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'activities',
      entities: [...MESSAGING_ENTITIES, OrganisationReplicaEntity],
      migrations: [
        CreateMessagingTables1764000000000,
        CreateOrganisationReplica1764000000200,
        OrganisationReplicaProfile1764000000201,
      ],
    }),
    url,
  };
}
