import type { DataSourceOptions } from 'typeorm';
import { redactPassword } from './database-url';
import { prepareServiceDatabase } from './migrate-database';

/**
 * Body of each app's `migrate.ts` entry point: creates the app's database named by DATABASE_URL
 * when missing and applies its migrations, then exits (non-zero on failure).
 */
export function runMigrationsCli(
  service: string,
  buildOptions: (url: string) => DataSourceOptions & { url: string },
  url: string,
): void {
  prepareServiceDatabase(buildOptions(url))
    .then((applied) => {
      const summary = applied.length > 0 ? `applied ${applied.join(', ')}` : 'up to date';
      process.stdout.write(`[migrate] ${service} ${redactPassword(url)}: ${summary}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`[migrate] ${service} ${redactPassword(url)} failed: ${String(error)}\n`);
      process.exitCode = 1;
    });
}
