import { defaultDatabaseUrl } from '@coordination/config';
import { runMigrationsCli } from '@coordination/database';
import { needsDataSourceOptions } from './database/needs-data-source';

runMigrationsCli('needs', needsDataSourceOptions, process.env.DATABASE_URL ?? defaultDatabaseUrl('needs'));
