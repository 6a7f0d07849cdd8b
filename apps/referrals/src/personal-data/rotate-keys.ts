import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { MasterKeyRing } from './master-keys';
import { OrganisationKeys } from './organisation-keys';
import { rewrapOrganisationKeys } from './rewrap-organisation-keys';

/**
 * `node dist/apps/referrals/src/personal-data/rotate-keys.js [--data-key-of=<organisation id>]`
 *
 * Without arguments: re-wraps every organisation key not yet under the active master key
 * (REFERRALS_ACTIVE_MASTER_KEY), in batches, each in its own transaction, so it can be stopped and
 * run again; cases are not touched. Once it reports nothing left, the old master key can leave
 * REFERRALS_MASTER_KEYS. With --data-key-of: starts a new DATA key for that organisation (new and
 * updated cases use it; older ones keep opening with theirs).
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/coord_referrals';
  const masterKeys = MasterKeyRing.fromEnvironment();
  const dataSource = new DataSource(referralsDataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const organisation = process.argv.find((arg) => arg.startsWith('--data-key-of='))?.split('=')[1];
    if (organisation) {
      const keyId = await dataSource.transaction((manager) =>
        new OrganisationKeys(masterKeys).rotateDataKey(manager, organisation),
      );
      process.stdout.write(`organisation ${organisation}: new DATA key ${keyId}\n`);
      return;
    }
    const rewrapped = await rewrapOrganisationKeys(dataSource, masterKeys, (count) =>
      process.stdout.write(`re-wrapped ${count} organisation keys under ${masterKeys.activeKeyId}\n`),
    );
    const [{ left }] = await dataSource.query(
      `SELECT count(*)::int AS left FROM organisation_key WHERE master_key_id <> $1`,
      [masterKeys.activeKeyId],
    );
    process.stdout.write(`done: ${rewrapped} re-wrapped, ${left} left under other master keys\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
