import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, viewerWith, type TestDatabase } from '@coordination/testing';
import { ReadPersonalDataUseCase } from '../access/read-personal-data/read-personal-data.use-case';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { PERSONS, personalDataOf } from '../testing/persons';
import { refusalOf, startReferralsTestModule, type ReferralsTestModule } from '../testing/referrals-test-module';
import { RegisterCaseUseCase } from './register-case/register-case.use-case';
import { SearchCasesQuery } from './search-cases/search-cases.query';
import { UpdateCaseUseCase } from './update-case/update-case.use-case';

describe('cases: sealed personal data and blind-index search (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  const ORGANISATION = randomUUID();
  const OTHER = randomUUID();
  const worker = viewerWith('PARTNER_REPORTER', ORGANISATION);
  const otherWorker = viewerWith('PARTNER_ADMIN', OTHER);

  beforeAll(async () => {
    database = await createTestDatabase('referrals_cases', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-cases'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const search = (query: Record<string, string>, viewer = worker) =>
    app.get(SearchCasesQuery).execute({ ...query, limit: 20 }, viewer);

  it('stores nothing readable: the row holds sealed bytes and the index holds digests', async () => {
    const registered = await app.get(RegisterCaseUseCase).execute({ personalData: personalDataOf('adult') }, worker);
    expect(registered).toMatchObject({ organisationId: ORGANISATION, version: 1 });
    const [row] = await database.dataSource.query(`SELECT sealed::text AS sealed FROM referral_case WHERE id = $1`, [
      registered.id,
    ]);
    const terms: { term: string }[] = await database.dataSource.query(
      `SELECT term FROM case_search_term WHERE case_id = $1`,
      [registered.id],
    );
    expect(terms.length).toBeGreaterThan(2);
    const stored = JSON.stringify([row, terms]).toLowerCase();
    for (const secret of ['quintero', 'yeferson', PERSONS.adult.documentNumber.toLowerCase(), '987650321']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('finds a case by document number and by name, accents and case aside, within the organisation only', async () => {
    const registered = await app.get(RegisterCaseUseCase).execute({ personalData: personalDataOf('child') }, worker);
    const ids = async (query: Record<string, string>, viewer = worker) =>
      (await search(query, viewer)).map((match) => match.caseId);
    expect(await ids({ documentType: 'PASSPORT', documentNumber: PERSONS.child.documentNumber })).toContain(
      registered.id,
    );
    expect(await ids({ name: 'Maryelis Guaramato' })).toContain(registered.id);
    expect(await ids({ name: 'MARYELIS SOFIA GUARAMATO PEREZ' })).toContain(registered.id);
    expect(await ids({ name: 'Maryelis Guaramato' }, otherWorker)).not.toContain(registered.id);
    expect(await ids({ documentType: 'PASSPORT', documentNumber: PERSONS.child.documentNumber }, otherWorker)).toEqual(
      [],
    );
    expect(await ids({ name: 'Rodríguez Quispe' })).not.toContain(registered.id);
  });

  it('ranks the closer match first', async () => {
    const exact = await app
      .get(RegisterCaseUseCase)
      .execute(
        { personalData: personalDataOf('adult', { givenNames: 'Gleidys Carolina', familyNames: 'Azuaje Linares' }) },
        worker,
      );
    const partial = await app
      .get(RegisterCaseUseCase)
      .execute({ personalData: personalDataOf('adult', { givenNames: 'Gleidys', familyNames: 'Montilla' }) }, worker);
    const matches = await search({ name: 'Gleidys Carolina Azuaje Linares' });
    const positions = [exact.id, partial.id].map((id) => matches.findIndex((match) => match.caseId === id));
    expect(positions[0]).toBe(0);
    if (positions[1] >= 0) expect(positions[1]).toBeGreaterThan(positions[0]);
  });

  it('updates with optimistic concurrency: reseals, reindexes, refuses a stale version or another organisation', async () => {
    const registered = await app.get(RegisterCaseUseCase).execute({ personalData: personalDataOf('adult') }, worker);
    const update = app.get(UpdateCaseUseCase);
    const renamed = personalDataOf('adult', { familyNames: 'Barrios Quintero de Lozada' });
    expect(
      await refusalOf(update.execute({ id: registered.id, expectedVersion: 1, personalData: renamed }, otherWorker)),
    ).toMatchObject({ code: 'REFERRALS.CASE_OF_OTHER_ORGANISATION' });
    const updated = await update.execute({ id: registered.id, expectedVersion: 1, personalData: renamed }, worker);
    expect(updated.version).toBe(2);
    expect(
      await refusalOf(update.execute({ id: registered.id, expectedVersion: 1, personalData: renamed }, worker)),
    ).toMatchObject({ code: 'REFERRALS.VERSION_CONFLICT', field: 'input.expectedVersion' });
    expect((await search({ name: 'Lozada' })).map((match) => match.caseId)).toContain(registered.id);
    const read = await app
      .get(ReadPersonalDataUseCase)
      .execute({ caseId: registered.id, purpose: 'CASE_MANAGEMENT' }, worker);
    expect(read.personalData.familyNames).toBe('Barrios Quintero de Lozada');
  });

  it('is refused to anyone but case workers of an organisation', async () => {
    const coordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null });
    expect(
      await refusalOf(app.get(RegisterCaseUseCase).execute({ personalData: personalDataOf('adult') }, coordinator)),
    ).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    expect(await refusalOf(search({ name: 'Quintero' }, viewerWith('PLATFORM_ADMIN')))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
  });
});
