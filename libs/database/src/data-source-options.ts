import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface ServiceDataSourceSettings {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName: string;
  poolSize?: number;
}

/**
 * The one place that says how a service talks to PostgreSQL. The schema only ever changes through
 * migrations: `synchronize` would let an entity edit silently alter production tables.
 */
export function buildDataSourceOptions(settings: ServiceDataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    applicationName: settings.applicationName,
    extra: { max: settings.poolSize ?? 10 },
  };
}
