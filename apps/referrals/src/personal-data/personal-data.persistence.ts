import { CreateOrganisationKey1766000000050 } from './migrations/1766000000050-create-organisation-key';
import { OrganisationKeyEntity } from './organisation-key.entity';

/** The wrapped organisation keys, registered by the referrals data source before the cases. */
export const PERSONAL_DATA_PERSISTENCE = {
  entities: [OrganisationKeyEntity],
  migrations: [CreateOrganisationKey1766000000050],
};
