import { DataSharingAgreementEntity } from './data-sharing-agreement.entity';
import { IntegratorClientEntity } from './integrator-client.entity';
import { CreateIntegrators1764000400001 } from './migrations/1764000400001-create-integrators';

/** Tables of the integrators module (clients and data-sharing agreements), registered by the directory's data source. */
export const INTEGRATORS_PERSISTENCE = {
  entities: [IntegratorClientEntity, DataSharingAgreementEntity],
  migrations: [CreateIntegrators1764000400001],
};
