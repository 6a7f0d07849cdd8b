import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { FREE_TEXT_WRITTEN, runEveryTransition } from '../testing/full-run';
import { PERSONS, secretsOf } from '../testing/persons';
import { SENT_REASON, setUpScenario } from '../testing/referral-scenario';
import { startReferralsTestModule, type ReferralsTestModule } from '../testing/referrals-test-module';
import { referralsDataSourceOptions } from './referrals-data-source';

const PG_DUMP = '/usr/bin/pg_dump';

describe('a dump of the referrals database (pg_dump)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_dump', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-dump'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('holds none of the test persons’ names, phone numbers or document numbers, nor the referrals’ free text', async () => {
    await runEveryTransition(app, await setUpScenario(database.dataSource));
    const { stdout } = await promisify(execFile)(PG_DUMP, ['--data-only', '--no-owner', database.url], {
      maxBuffer: 256 * 1024 * 1024,
    });
    // The dump is real: the cases and their sealed data are in it.
    expect(stdout).toContain('COPY public.referral_case');
    expect(stdout).toContain('COPY public.personal_data_access');
    const dump = stdout.toLowerCase();
    const freeText = [SENT_REASON, ...FREE_TEXT_WRITTEN];
    for (const secret of [...secretsOf('adult'), ...secretsOf('child'), PERSONS.adult.dateOfBirth, ...freeText]) {
      expect({ secret, found: dump.includes(secret.toLowerCase()) }).toEqual({ secret, found: false });
    }
  }, 120_000);
});
