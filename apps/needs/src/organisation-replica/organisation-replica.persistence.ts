import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { CreateNeedsOrganisationReplica1765000000100 } from './migrations/1765000000100-create-organisation-replica';
import { AlignNeedsOrganisationReplica1765000000101 } from './migrations/1765000000101-align-organisation-replica';

/**
 * The shared replica of the directory's organisations, on the table the needs service created before
 * the replica became a library (hence migrations of its own rather than the library's).
 */
export const ORGANISATION_REPLICA_PERSISTENCE = {
  entities: [OrganisationReplicaEntity],
  migrations: [CreateNeedsOrganisationReplica1765000000100, AlignNeedsOrganisationReplica1765000000101],
};
