import { CreateOrganisation1764000000100 } from '../database/migrations/1764000000100-create-organisation';
import { OrganisationEntity } from './organisation.entity';

/** Tables of the organisations module, registered by the directory's data source. */
export const ORGANISATIONS_PERSISTENCE = {
  entities: [OrganisationEntity],
  migrations: [CreateOrganisation1764000000100],
};
