import { defaultDatabaseUrl } from '@coordination/config';
import { runMigrationsCli } from '@coordination/database';
import { activitiesDataSourceOptions } from './database/activities-data-source';

runMigrationsCli(
  'activities',
  activitiesDataSourceOptions,
  process.env.DATABASE_URL ?? defaultDatabaseUrl('activities'),
);
