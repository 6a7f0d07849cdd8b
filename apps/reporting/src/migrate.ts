import { defaultDatabaseUrl } from '@coordination/config';
import { runMigrationsCli } from '@coordination/database';
import { reportingDataSourceOptions } from './database/reporting-data-source';

runMigrationsCli('reporting', reportingDataSourceOptions, process.env.DATABASE_URL ?? defaultDatabaseUrl('reporting'));
