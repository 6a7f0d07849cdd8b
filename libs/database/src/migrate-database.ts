import { DataSource, type DataSourceOptions } from 'typeorm';
import { ensureDatabaseExists } from './ensure-database';

/** Creates the service's database if needed and applies its pending migrations. */
export async function prepareServiceDatabase(options: DataSourceOptions & { url: string }): Promise<string[]> {
  await ensureDatabaseExists(options.url);
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
