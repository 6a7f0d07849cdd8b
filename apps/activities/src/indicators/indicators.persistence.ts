import { IndicatorEntity } from './indicator.entity';
import { CreateIndicator1764000500001 } from './migrations/1764000500001-create-indicator';
import { SeedIndicators1764000500002 } from './migrations/1764000500002-seed-indicators';

/** Tables of the indicators module, registered by the activities data source. */
export const INDICATORS_PERSISTENCE = {
  entities: [IndicatorEntity],
  migrations: [CreateIndicator1764000500001, SeedIndicators1764000500002],
};
