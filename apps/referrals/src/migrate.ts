import { defaultDatabaseUrl } from '@coordination/config';
import { runMigrationsCli } from '@coordination/database';
import { referralsDataSourceOptions } from './database/referrals-data-source';

runMigrationsCli('referrals', referralsDataSourceOptions, process.env.DATABASE_URL ?? defaultDatabaseUrl('referrals'));
