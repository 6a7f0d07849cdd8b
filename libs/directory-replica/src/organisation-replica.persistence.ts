import { CreateOrganisationReplica1764000000200 } from './migrations/1764000000200-create-organisation-replica';
import { OrganisationReplicaProfile1764000000201 } from './migrations/1764000000201-organisation-replica-profile';
import { OrganisationReplicaEntity } from './organisation-replica.entity';

/**
 * What a service's data source registers for the replica. The migrations keep the names they had
 * when they lived in the activities service, so databases that ran them do not run them again.
 */
export const ORGANISATION_REPLICA_PERSISTENCE = {
  entities: [OrganisationReplicaEntity],
  migrations: [CreateOrganisationReplica1764000000200, OrganisationReplicaProfile1764000000201],
};
