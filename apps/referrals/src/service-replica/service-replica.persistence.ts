import { CreateServiceReplica1766000000100 } from './migrations/1766000000100-create-service-replica';
import { ServiceReplicaEntity } from './service-replica.entity';

export const SERVICE_REPLICA_PERSISTENCE = {
  entities: [ServiceReplicaEntity],
  migrations: [CreateServiceReplica1766000000100],
};
