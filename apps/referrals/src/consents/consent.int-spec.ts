import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { ReadPersonalDataUseCase } from '../access/read-personal-data/read-personal-data.use-case';
import { RegisterCaseUseCase } from '../cases/register-case/register-case.use-case';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { personalDataOf } from '../testing/persons';
import {
  accept,
  caseWithConsent,
  sendToService,
  setUpScenario,
  type ReferralScenario,
} from '../testing/referral-scenario';
import { refusalOf, startReferralsTestModule, type ReferralsTestModule } from '../testing/referrals-test-module';
import { recordConsentSchema } from './record-consent/record-consent.input';
import { RecordConsentUseCase } from './record-consent/record-consent.use-case';
import { RevokeConsentUseCase } from './revoke-consent/revoke-consent.use-case';

describe('consent (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_consent', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-consent'));
    scenario = await setUpScenario(database.dataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  function consentInput(caseId: string, overrides: Record<string, unknown> = {}) {
    return recordConsentSchema.parse({
      caseId,
      givenBy: 'PERSON',
      recipientOrganisationIds: [scenario.receiver],
      purposes: ['REFERRAL'],
      method: 'VERBAL',
      givenAt: app.clock.now(),
      ...overrides,
    });
  }

  it('asks a guardian or an authorised override, with its reason, for a child; the adult consents personally', async () => {
    const child = await app
      .get(RegisterCaseUseCase)
      .execute({ personalData: personalDataOf('child') }, scenario.senderWorker);
    const record = app.get(RecordConsentUseCase);
    expect(await refusalOf(record.execute(consentInput(child.id), scenario.senderWorker))).toMatchObject({
      code: 'REFERRALS.GUARDIAN_REQUIRED',
      field: 'input.givenBy',
    });
    expect(() => consentInput(child.id, { givenBy: 'AUTHORISED_OVERRIDE' })).toThrow('overrideReason');
    const override = await record.execute(
      consentInput(child.id, {
        givenBy: 'AUTHORISED_OVERRIDE',
        overrideReason: 'Niña no acompañada; autorizado por la coordinadora de protección',
      }),
      scenario.senderWorker,
    );
    expect(override).toMatchObject({ givenBy: 'AUTHORISED_OVERRIDE', recordedBy: scenario.senderWorker.userId });
    const guardian = await record.execute(
      consentInput(child.id, { givenBy: 'GUARDIAN', guardianRelationship: 'MOTHER' }),
      scenario.senderWorker,
    );
    expect(guardian).toMatchObject({ givenBy: 'GUARDIAN', guardianRelationship: 'MOTHER' });
    const adult = await app
      .get(RegisterCaseUseCase)
      .execute({ personalData: personalDataOf('adult') }, scenario.senderWorker);
    expect(
      await refusalOf(
        record.execute(
          consentInput(adult.id, { givenBy: 'GUARDIAN', guardianRelationship: 'MOTHER' }),
          scenario.senderWorker,
        ),
      ),
    ).toMatchObject({ code: 'REFERRALS.GUARDIAN_REQUIRED' });
    expect(await refusalOf(record.execute(consentInput(adult.id), scenario.thirdWorker))).toMatchObject({
      code: 'REFERRALS.CASE_OF_OTHER_ORGANISATION',
    });
    app.clock.advanceHours(1);
    const future = new Date(app.clock.now().getTime() + 3_600_000);
    expect(
      await refusalOf(record.execute(consentInput(adult.id, { givenAt: future }), scenario.senderWorker)),
    ).toMatchObject({
      field: 'input.givenAt',
    });
  });

  it('revocation stops sending, hides the data from the receiver, and tells every holder to purge', async () => {
    const references = await caseWithConsent(app, scenario);
    const sent = await sendToService(app, scenario, references);
    await accept(app, sent.id, scenario.receiverWorker);
    const read = app.get(ReadPersonalDataUseCase);
    const before = await read.execute(
      { caseId: references.caseId, purpose: 'SERVICE_DELIVERY' },
      scenario.receiverWorker,
    );
    expect(before.personalData.givenNames).toBe('Yeferson Andrés');

    const revoke = app.get(RevokeConsentUseCase);
    const revoked = await revoke.execute({ consentId: references.consentId }, scenario.senderWorker, 'corr-revoke');
    expect(revoked.revokedAt).toEqual(app.clock.now());
    expect(
      await refusalOf(
        read.execute({ caseId: references.caseId, purpose: 'SERVICE_DELIVERY' }, scenario.receiverWorker),
      ),
    ).toMatchObject({
      code: 'REFERRALS.PERSONAL_DATA_HIDDEN',
    });
    // The organisation holding the case keeps it: revocation is about sharing.
    expect(
      (await read.execute({ caseId: references.caseId, purpose: 'CASE_MANAGEMENT' }, scenario.senderWorker)).fields,
    ).toContain('givenNames');
    expect(await refusalOf(sendToService(app, scenario, references))).toMatchObject({
      code: 'REFERRALS.CONSENT_REVOKED',
    });

    const events: { event_type: string; payload: { data: Record<string, unknown> } }[] =
      await database.dataSource.query(
        `SELECT event_type, payload FROM outbox_message WHERE topic = 'referrals.consent' AND message_key = $1`,
        [references.consentId],
      );
    expect(events).toHaveLength(1);
    expect(events[0].payload.data).toMatchObject({
      consentId: references.consentId,
      caseId: references.caseId,
      owningOrganisationId: scenario.sender,
      holderOrganisationIds: [scenario.receiver],
      referralIds: [sent.id],
    });
    // Revoking again changes nothing and announces nothing more.
    await revoke.execute({ consentId: references.consentId }, scenario.senderWorker, 'corr-revoke-2');
    const again = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE message_key = $1`,
      [references.consentId],
    );
    expect(again[0].n).toBe(1);
  });
});
