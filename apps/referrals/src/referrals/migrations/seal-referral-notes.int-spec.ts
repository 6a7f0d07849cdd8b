import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from '../../database/referrals-data-source';
import { caseWithConsent, sendToService, setUpScenario } from '../../testing/referral-scenario';
import { startReferralsTestModule, type ReferralsTestModule } from '../../testing/referrals-test-module';
import { ReferralNotesReader } from '../notes/referral-notes-reader';
import { ReferralEntity } from '../referral.entity';

const CLEAR_REASON = 'Texto escrito antes de sellar las notas';
const CLEAR_FEEDBACK = 'Atendida, sin más seguimiento';

describe('migration SealReferralNotes1766000000600 on a database holding referrals in clear', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;

  beforeAll(async () => {
    database = await createTestDatabase('referral_notes_migration', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referral-notes-migration'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('seals the reason and feedback of existing referrals and drops the clear columns', async () => {
    const scenario = await setUpScenario(database.dataSource);
    const sent = await sendToService(app, scenario, await caseWithConsent(app, scenario));
    // Back to the shape before the migration: clear text columns, the migration not yet run.
    await database.dataSource.query(`ALTER TABLE referral ADD COLUMN reason text, ADD COLUMN feedback text`);
    await database.dataSource.query(`UPDATE referral SET reason = $1, feedback = $2`, [CLEAR_REASON, CLEAR_FEEDBACK]);
    await database.dataSource.query(`ALTER TABLE referral DROP COLUMN notes_key_id, DROP COLUMN notes_sealed`);
    await database.dataSource.query(`DELETE FROM schema_migrations WHERE name = 'SealReferralNotes1766000000600'`);

    const ran = await database.dataSource.runMigrations({ transaction: 'each' });

    expect(ran.map((migration) => migration.name)).toEqual(['SealReferralNotes1766000000600']);
    const columns: { column_name: string }[] = await database.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'referral' AND column_name IN ('reason', 'feedback')`,
    );
    expect(columns).toEqual([]);
    const row = await database.dataSource.manager.findOneByOrFail(ReferralEntity, { id: sent.id });
    expect(row.notesSealed.includes(Buffer.from(CLEAR_REASON, 'utf8'))).toBe(false);
    expect(await app.get(ReferralNotesReader).notes(row, scenario.senderWorker, {})).toEqual({
      reason: CLEAR_REASON,
      feedback: CLEAR_FEEDBACK,
    });
  });
});
