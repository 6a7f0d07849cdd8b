import { DataSource, type DataSourceOptions } from 'typeorm';
import { assertTestDatabaseName, dropDatabase, prepareServiceDatabase, withDatabaseName } from '@coordination/database';
import { testEnvironment, uniqueName } from './test-environment';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, migrated with the service's own migrations, so files run in
 * parallel without sharing rows. Its name always ends in `_test`, and nothing else is dropped.
 */
export async function createTestDatabase(
  label: string,
  buildOptions: (url: string) => DataSourceOptions & { url: string },
): Promise<TestDatabase> {
  const name = `${uniqueName(`coord_${label}`)}_test`;
  assertTestDatabaseName(name);
  const url = withDatabaseName(testEnvironment.postgresUrl, name);
  await prepareServiceDatabase(buildOptions(url));
  const dataSource = new DataSource({ ...buildOptions(url), extra: { max: 5 } });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      assertTestDatabaseName(name);
      await dropDatabase(url);
    },
  };
}
