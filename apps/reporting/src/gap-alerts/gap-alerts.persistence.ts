import { CreateGapAlerts1766000000710 } from './migrations/1766000000710-create-gap-alerts';

export const GAP_ALERTS_PERSISTENCE = {
  entities: [] as (new () => object)[],
  migrations: [CreateGapAlerts1766000000710],
};
