export { OrganisationEventsConsumer } from './organisation-events.consumer';
export { OrganisationReplicaEntity } from './organisation-replica.entity';
export { OrganisationReplicaModule } from './organisation-replica.module';
export { ORGANISATION_REPLICA_PERSISTENCE } from './organisation-replica.persistence';
