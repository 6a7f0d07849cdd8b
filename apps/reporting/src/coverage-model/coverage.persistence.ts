import { CreateCoverageReadModel1766000000700 } from './migrations/1766000000700-create-coverage-read-model';

/** The coverage read model is queried in SQL only, so it registers migrations and no entities. */
export const COVERAGE_PERSISTENCE = {
  entities: [] as (new () => object)[],
  migrations: [CreateCoverageReadModel1766000000700],
};
