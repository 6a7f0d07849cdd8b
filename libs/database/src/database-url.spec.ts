import { assertTestDatabaseName, databaseNameOf, redactPassword, withDatabaseName } from './database-url';

describe('database URLs', () => {
  it('reads and replaces the database name', () => {
    const url = 'postgres://app:secret@db:5432/coord_directory';
    expect(databaseNameOf(url)).toBe('coord_directory');
    expect(withDatabaseName(url, 'coord_directory_test')).toBe('postgres://app:secret@db:5432/coord_directory_test');
  });

  it('never prints a password', () => {
    expect(redactPassword('postgres://app:secret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  });

  it('lets tests touch only databases whose name says test', () => {
    expect(() => assertTestDatabaseName('coord_directory_test')).not.toThrow();
    expect(() => assertTestDatabaseName('coord_inbox_12_ab_test')).not.toThrow();
    expect(() => assertTestDatabaseName('coord_directory')).toThrow(/Refusing/);
    expect(() => assertTestDatabaseName('contest')).toThrow(/Refusing/);
  });
});
