import { ImportJobEntity } from './job/import-job.entity';
import { CreateImportJob1764000600001 } from './migrations/1764000600001-create-import-job';

/** Tables of the imports module, registered by the activities data source. */
export const IMPORTS_PERSISTENCE = {
  entities: [ImportJobEntity],
  migrations: [CreateImportJob1764000600001],
};
