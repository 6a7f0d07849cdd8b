import { CreateOrganisation1764000000100 } from '../database/migrations/1764000000100-create-organisation';
import { OrganisationProfile1764000000101 } from '../database/migrations/1764000000101-organisation-profile';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationIdentifierEntity } from './organisation-identifier.entity';
import { OrganisationNameEntity } from './organisation-name.entity';

/** Tables of the organisations module, registered by the directory's data source. */
export const ORGANISATIONS_PERSISTENCE = {
  entities: [OrganisationEntity, OrganisationNameEntity, OrganisationIdentifierEntity],
  migrations: [CreateOrganisation1764000000100, OrganisationProfile1764000000101],
};
