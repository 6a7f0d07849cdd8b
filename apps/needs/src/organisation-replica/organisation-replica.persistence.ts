import { CreateNeedsOrganisationReplica1765000000100 } from './migrations/1765000000100-create-organisation-replica';
import { OrganisationReplicaEntity } from './organisation-replica.entity';

/** The replica of the directory's organisations, registered by the needs data source. */
export const ORGANISATION_REPLICA_PERSISTENCE = {
  entities: [OrganisationReplicaEntity],
  migrations: [CreateNeedsOrganisationReplica1765000000100],
};
