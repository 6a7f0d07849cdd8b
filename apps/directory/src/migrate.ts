import { defaultDatabaseUrl } from '@coordination/config';
import { runMigrationsCli } from '@coordination/database';
import { directoryDataSourceOptions } from './database/directory-data-source';

runMigrationsCli('directory', directoryDataSourceOptions, process.env.DATABASE_URL ?? defaultDatabaseUrl('directory'));
