import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { RevokeConsentUseCase } from '../../consents/revoke-consent/revoke-consent.use-case';
import { accept, caseWithConsent, SENT_REASON, sendToService, setUpScenario } from '../../testing/referral-scenario';
import type { ReferralScenario } from '../../testing/referral-scenario';
import { startReferralsTestModule, viewerWith, type ReferralsTestModule } from '../../testing/referrals-test-module';
import { referralsDataSourceOptions } from '../../database/referrals-data-source';
import { ReferralEntity } from '../referral.entity';
import { ReferralTransitionsUseCase } from '../transitions/referral-transitions.use-case';
import { ReferralNotesReader } from './referral-notes-reader';

const FEEDBACK = 'Recibió tres sesiones con la psicóloga';

describe('a referral’s reason and feedback (sealed free text)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;
  let reader: ReferralNotesReader;

  beforeAll(async () => {
    database = await createTestDatabase('referral_notes', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referral-notes'));
    scenario = await setUpScenario(database.dataSource);
    reader = app.get(ReferralNotesReader);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const stored = (id: string) => database.dataSource.manager.findOneByOrFail(ReferralEntity, { id });
  const auditedReads = async (referralId: string) =>
    (await database.dataSource.query(
      `SELECT organisation_id, fields, purpose FROM personal_data_access WHERE referral_id = $1 ORDER BY id`,
      [referralId],
    )) as { organisation_id: string; fields: string[]; purpose: string }[];

  it('is stored sealed, opens for both organisations’ case workers and nobody else, and every read is audited', async () => {
    const references = await caseWithConsent(app, scenario);
    const sent = await sendToService(app, scenario, references);
    const row = await stored(sent.id);
    expect(row.notesSealed.includes(Buffer.from('violencia', 'utf8'))).toBe(false);
    expect(row.notesSealed.length).toBeGreaterThan(SENT_REASON.length);

    expect(await reader.notes(row, scenario.senderWorker, {})).toEqual({ reason: SENT_REASON, feedback: null });
    expect(await reader.notes(row, scenario.receiverWorker, {})).toEqual({ reason: SENT_REASON, feedback: null });
    expect(await reader.notes(row, scenario.thirdWorker, {})).toBeNull();
    expect(
      await reader.notes(row, viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null }), {}),
    ).toBeNull();
    expect(await reader.notes(row, viewerWith('PLATFORM_ADMIN'), {})).toBeNull();

    expect(await auditedReads(sent.id)).toEqual([
      { organisation_id: scenario.sender, fields: ['referral.reason'], purpose: 'REFERRAL_REVIEW' },
      { organisation_id: scenario.receiver, fields: ['referral.reason'], purpose: 'REFERRAL_REVIEW' },
    ]);
  });

  it('adds the receiver’s feedback on completion; one request reading both fields opens and audits once', async () => {
    const references = await caseWithConsent(app, scenario);
    const sent = await sendToService(app, scenario, references);
    await accept(app, sent.id, scenario.receiverWorker);
    await app
      .get(ReferralTransitionsUseCase)
      .complete({ referralId: sent.id, outcome: 'SERVICE_PROVIDED', feedback: FEEDBACK }, scenario.receiverWorker, 't');
    const row = await stored(sent.id);
    expect(row.notesSealed.includes(Buffer.from('psicóloga', 'utf8'))).toBe(false);

    const request = {};
    const first = await reader.notes(row, scenario.senderWorker, request);
    const second = await reader.notes(row, scenario.senderWorker, request);
    expect(first).toEqual({ reason: SENT_REASON, feedback: FEEDBACK });
    expect(second).toBe(first);
    expect(await auditedReads(sent.id)).toEqual([
      {
        organisation_id: scenario.sender,
        fields: ['referral.feedback', 'referral.reason'],
        purpose: 'REFERRAL_REVIEW',
      },
    ]);
  });

  it('is hidden from the receiver once the consent is revoked; the sender still reads it', async () => {
    const references = await caseWithConsent(app, scenario);
    const sent = await sendToService(app, scenario, references);
    await app.get(RevokeConsentUseCase).execute({ consentId: references.consentId }, scenario.senderWorker, 't');
    const row = await stored(sent.id);
    expect(await reader.notes(row, scenario.receiverWorker, {})).toBeNull();
    expect(await reader.notes(row, scenario.senderWorker, {})).toEqual({ reason: SENT_REASON, feedback: null });
  });

  it('does not open when its sealed value is copied onto another referral', async () => {
    const references = await caseWithConsent(app, scenario);
    const first = await stored((await sendToService(app, scenario, references)).id);
    const second = await stored((await sendToService(app, scenario, references)).id);
    await expect(
      reader.notes(
        { ...second, notesSealed: first.notesSealed, notesKeyId: first.notesKeyId },
        scenario.senderWorker,
        {},
      ),
    ).rejects.toThrow();
  });
});
