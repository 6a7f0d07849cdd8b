import { CreatePersonalDataAccess1766000000500 } from './migrations/1766000000500-create-personal-data-access';
import { PersonalDataAccessEntity } from './personal-data-access.entity';

export const ACCESS_PERSISTENCE = {
  entities: [PersonalDataAccessEntity],
  migrations: [CreatePersonalDataAccess1766000000500],
};
