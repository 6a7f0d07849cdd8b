import { createTestDatabase, testKafkaClient, viewerWith, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import {
  accept,
  caseWithConsent,
  sendToService,
  setUpScenario,
  type ReferralScenario,
} from '../testing/referral-scenario';
import { refusalOf, startReferralsTestModule, type ReferralsTestModule } from '../testing/referrals-test-module';
import { PersonalDataAccessLogQuery } from './audit-log/personal-data-access-log.query';
import { ReadPersonalDataUseCase } from './read-personal-data/read-personal-data.use-case';

describe('the audit trail of personal-data reads (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_audit', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-audit'));
    scenario = await setUpScenario(database.dataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('records who read which fields of which case, when, why and under which referral; admins query it', async () => {
    const references = await caseWithConsent(app, scenario);
    const referral = await sendToService(app, scenario, references);
    await accept(app, referral.id, scenario.receiverWorker);
    app.clock.advanceHours(2);
    const read = await app
      .get(ReadPersonalDataUseCase)
      .execute({ caseId: references.caseId, purpose: 'SERVICE_DELIVERY' }, scenario.receiverWorker);
    expect(read.fields).toEqual(expect.arrayContaining(['givenNames', 'familyNames', 'document', 'phone']));

    const log = app.get(PersonalDataAccessLogQuery);
    const admin = viewerWith('PLATFORM_ADMIN');
    const page = await log.page({ caseId: references.caseId }, admin, 10, null);
    // Newest first: the receiver's read, then the sender's birth-date check when recording consent.
    expect(page.nodes.map((node) => [node.purpose, node.organisationId, node.referralId])).toEqual([
      ['SERVICE_DELIVERY', scenario.receiver, referral.id],
      ['CASE_MANAGEMENT', scenario.sender, null],
    ]);
    expect(page.nodes[0]).toMatchObject({
      userId: scenario.receiverWorker.userId,
      accessedAt: app.clock.now(),
      fields: read.fields,
    });
    expect(await refusalOf(log.page({}, scenario.senderWorker, 10, null))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    const coordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null });
    expect(await refusalOf(log.page({}, coordinator, 10, null))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('cannot be altered: the database refuses UPDATE, DELETE and TRUNCATE of the audit table', async () => {
    const references = await caseWithConsent(app, scenario);
    const before = await database.dataSource.query(`SELECT count(*)::int AS n FROM personal_data_access`);
    await expect(
      database.dataSource.query(`UPDATE personal_data_access SET purpose = 'EXPORT' WHERE case_id = $1`, [
        references.caseId,
      ]),
    ).rejects.toThrow('append-only');
    await expect(
      database.dataSource.query(`DELETE FROM personal_data_access WHERE case_id = $1`, [references.caseId]),
    ).rejects.toThrow('append-only');
    await expect(database.dataSource.query(`TRUNCATE personal_data_access CASCADE`)).rejects.toThrow('append-only');
    const after = await database.dataSource.query(`SELECT count(*)::int AS n FROM personal_data_access`);
    expect(after[0].n).toBe(before[0].n);
  });
});
