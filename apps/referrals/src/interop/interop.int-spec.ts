import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { ReadPersonalDataUseCase } from '../access/read-personal-data/read-personal-data.use-case';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { PERSONS } from '../testing/persons';
import {
  accept,
  caseWithConsent,
  sendToService,
  setUpScenario,
  type ReferralScenario,
} from '../testing/referral-scenario';
import { refusalOf, startReferralsTestModule, type ReferralsTestModule } from '../testing/referrals-test-module';
import { ExportReferralUseCase } from './export-referral.use-case';
import { ImportReferralUseCase } from './import-referral.use-case';
import { referralDocumentSchema } from './referral-document';

describe('referral documents for other case-management systems (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_interop', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-interop'));
    scenario = await setUpScenario(database.dataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('exports with personal data only for a recipient the consent covers, audited; imports it as a new case', async () => {
    const references = await caseWithConsent(app, scenario);
    const referral = await sendToService(app, scenario, references, { priority: 'EMERGENCY' });
    await accept(app, referral.id, scenario.receiverWorker);
    const exporter = app.get(ExportReferralUseCase);
    const contact = { name: 'Lucía Ramos', email: 'lucia.ramos@chs.example.org', phone: null };
    const covered = await exporter.execute(
      { referralId: referral.id, recipientOrganisationId: scenario.receiver, caseWorkerContact: contact },
      scenario.receiverWorker,
    );
    expect(referralDocumentSchema.parse(covered)).toMatchObject({
      schema: 'coordination.referral.v1',
      referral_id: referral.id,
      case_id: references.caseId,
      service_type: 'PRO/GBV',
      risk_level: 'high',
      referring_agency: { id: scenario.sender, name: 'Encuentros SJS' },
      service_implementing_agency: { id: scenario.receiver, name: 'CHS Alternativo' },
      case_worker_contact: contact,
      consent: { consent_id: references.consentId, covers_recipient: true },
      personal_data: { givenNames: PERSONS.adult.givenNames, document: { number: PERSONS.adult.documentNumber } },
    });
    const audit = await database.dataSource.query(
      `SELECT purpose, organisation_id FROM personal_data_access WHERE case_id = $1 AND purpose = 'EXPORT'`,
      [references.caseId],
    );
    expect(audit).toEqual([{ purpose: 'EXPORT', organisation_id: scenario.receiver }]);

    const uncovered = await exporter.execute(
      { referralId: referral.id, recipientOrganisationId: scenario.third },
      scenario.receiverWorker,
    );
    expect(uncovered).toMatchObject({
      personal_data: null,
      protection_concerns: [],
      consent: { covers_recipient: false },
    });
    expect(
      await refusalOf(
        exporter.execute({ referralId: referral.id, recipientOrganisationId: scenario.receiver }, scenario.thirdWorker),
      ),
    ).toMatchObject({ code: 'REFERRALS.REFERRAL_NOT_FOUND' });

    const importer = app.get(ImportReferralUseCase);
    const imported = await importer.execute(JSON.stringify(covered), scenario.thirdWorker);
    expect(imported).toMatchObject({ sector: 'PRO', subSector: 'GBV', priority: 'EMERGENCY', placePcode: 'PE150132' });
    expect(imported.caseId).not.toBe(references.caseId);
    const read = await app
      .get(ReadPersonalDataUseCase)
      .execute({ caseId: imported.caseId, purpose: 'CASE_MANAGEMENT' }, scenario.thirdWorker);
    expect(read.personalData).toEqual(covered.personal_data);
    expect(await refusalOf(importer.execute(JSON.stringify(uncovered), scenario.thirdWorker))).toMatchObject({
      code: 'REFERRALS.CONSENT_NOT_COVERING_RECIPIENT',
    });
    expect(await refusalOf(importer.execute('{"schema":"other"}', scenario.thirdWorker))).toMatchObject({
      code: 'INPUT.INVALID',
    });
  });
});
