/** Helpers for DATABASE_URL-style settings (postgres://user:pass@host:port/dbname). */

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL has no database name: ${redactPassword(url)}`);
  return name;
}

export function withDatabaseName(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(databaseName)}`;
  return parsed.toString();
}

export function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Tests drop and recreate databases; refusing any name that does not say "test" keeps a
 * mis-set DATABASE_URL from wiping a real database.
 */
export function assertTestDatabaseName(databaseName: string): void {
  if (!/(^|_)test(_|$)/.test(databaseName)) {
    throw new Error(
      `Refusing to run tests against database "${databaseName}": its name must contain "test" as a word (e.g. coord_directory_test).`,
    );
  }
}
