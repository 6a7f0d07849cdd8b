import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { needsDataSourceOptions } from '../database/needs-data-source';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startNeedsTestModule,
  viewerWith,
  type NeedsTestModule,
} from '../testing/needs-test-module';
import { AssessmentsResolver } from './assessments.resolver';
import { PublishAssessmentUseCase } from './publish-assessment/publish-assessment.use-case';
import { assessmentCommandFor } from '../testing/assessment-commands';
import { RegisterAssessmentUseCase } from './register-assessment/register-assessment.use-case';
import { UpdateAssessmentUseCase } from './update-assessment/update-assessment.use-case';

const IOM = randomUUID();
const UNHCR = randomUUID();
const MERGED = randomUUID();

const assessmentCommand = (overrides: Record<string, unknown> = {}) => assessmentCommandFor(IOM, overrides);

describe('the assessment registry', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;
  let register: RegisterAssessmentUseCase;
  const admin = viewerWith('PLATFORM_ADMIN');
  const iomAdmin = viewerWith('PARTNER_ADMIN', IOM);

  beforeAll(async () => {
    database = await createTestDatabase('needs_assessments', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-assessments'));
    register = app.get(RegisterAssessmentUseCase);
    await insertReplicatedOrganisations(database.dataSource, [
      { id: IOM, name: 'OIM' },
      { id: UNHCR, name: 'ACNUR' },
      { id: MERGED, name: 'Duplicado', status: 'MERGED' },
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('registers, updates and publishes an assessment, a partner admin of the lead organisation included', async () => {
    const registered = await register.execute(assessmentCommand(), iomAdmin, 'c');
    expect(registered).toMatchObject({
      status: 'PLANNED',
      version: 1,
      collectionStart: '2025-03-01',
      pcodes: ['PE24', 'PE2401'],
    });
    const updated = await app
      .get(UpdateAssessmentUseCase)
      .execute(
        { id: registered.id, expectedVersion: 1, status: 'ONGOING', collectionEnd: '2025-04-15' },
        iomAdmin,
        'c',
      );
    expect(updated).toMatchObject({ status: 'ONGOING', version: 2, collectionEnd: '2025-04-15' });
    const publish = app.get(PublishAssessmentUseCase);
    expect(await refusalOf(publish.execute({ id: registered.id, expectedVersion: 2 }, iomAdmin, 'c'))).toMatchObject({
      code: 'NEEDS.SOURCE_REQUIRED',
      field: 'input.sourceUrl',
    });
    const published = await publish.execute(
      { id: registered.id, expectedVersion: 2, sourceUrl: 'https://www.r4v.info/es/document/dtm-tumbes-2025' },
      iomAdmin,
      'c',
    );
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 3, publishedAt: expect.any(Date) });
    const types = await database.dataSource.query(
      `SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`,
      [registered.id],
    );
    expect(types.map((row: { event_type: string }) => row.event_type)).toEqual([
      'org.coordination.needs.assessment.registered.v1',
      'org.coordination.needs.assessment.updated.v1',
      'org.coordination.needs.assessment.published.v1',
    ]);
  });

  it('lists assessments by place (containing or contained), sector, period and status', async () => {
    const lima = await register.execute(
      assessmentCommand({
        title: 'Análisis conjunto de necesidades 2025',
        type: 'JOINT_NEEDS_ANALYSIS',
        leadOrganisationIds: [IOM, UNHCR],
        pcodes: ['PE15'],
        populationGroups: ['IN_DESTINATION'],
        sectors: ['HEA', 'FSC'],
        collectionStart: '2025-06-01',
        collectionEnd: '2025-07-31',
      }),
      admin,
      'c',
    );
    const resolver = app.get(AssessmentsResolver);
    const ids = async (filter: Record<string, unknown>) =>
      (await resolver.assessments(filter, { first: 20 })).nodes.map((node) => node.title);
    expect(await ids({ pcode: 'PE150132' })).toEqual([lima.title]);
    expect(await ids({ pcode: 'PE15', sector: 'FSC', status: 'PLANNED' })).toEqual([lima.title]);
    expect(await ids({ sector: 'HTR', from: '2025-04-01', to: '2025-04-30' })).toEqual([
      'Monitoreo de flujos en Tumbes',
    ]);
    expect(await ids({ from: '2025-08-01' })).toEqual([]);
    const firstPage = await resolver.assessments({}, { first: 1 });
    expect(firstPage).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const secondPage = await resolver.assessments({}, { first: 1, after: firstPage.pageInfo.endCursor });
    expect(secondPage.nodes.map((node) => node.title)).toEqual(['Monitoreo de flujos en Tumbes']);
  });

  it.each([
    ['an unknown P-code', { pcodes: ['PE24', 'PE99'] }, 'NEEDS.UNKNOWN_PLACE', 'input.pcodes.1'],
    ['an unknown sector', { sectors: ['LOG'] }, 'NEEDS.UNKNOWN_SECTOR', 'input.sectors.0'],
    [
      'a merged lead organisation',
      { leadOrganisationIds: [IOM, MERGED] },
      'NEEDS.UNKNOWN_ORGANISATION',
      'input.leadOrganisationIds.1',
    ],
    [
      'a period ending before it starts',
      { collectionEnd: '2025-02-01' },
      'NEEDS.INVALID_PERIOD',
      'input.collectionEnd',
    ],
    ['an unknown plan year', { planYear: 2030 }, 'NEEDS.UNKNOWN_PLAN_YEAR', 'input.planYear'],
  ])('refuses %s with its code and field, writing nothing', async (_case, overrides, code, field) => {
    const [before] = await database.dataSource.query(`SELECT count(*)::int AS n FROM assessment`);
    expect(await refusalOf(register.execute(assessmentCommand(overrides), admin, 'c'))).toMatchObject({ code, field });
    const [after] = await database.dataSource.query(`SELECT count(*)::int AS n FROM assessment`);
    expect(after.n).toBe(before.n);
  });

  it('lets partner admins manage only assessments their organisation leads', async () => {
    const unhcrAdmin = viewerWith('PARTNER_ADMIN', UNHCR);
    expect(await refusalOf(register.execute(assessmentCommand(), unhcrAdmin, 'c'))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    const reporter = viewerWith('PARTNER_REPORTER', IOM);
    expect(await refusalOf(register.execute(assessmentCommand(), reporter, 'c'))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    const own = await register.execute(assessmentCommand({ title: 'Encuesta de hogares' }), iomAdmin, 'c');
    expect(
      await refusalOf(
        app.get(UpdateAssessmentUseCase).execute({ id: own.id, expectedVersion: 1, title: 'Otro' }, unhcrAdmin, 'c'),
      ),
    ).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(
      await refusalOf(
        app
          .get(UpdateAssessmentUseCase)
          .execute({ id: own.id, expectedVersion: 1, leadOrganisationIds: [UNHCR] }, iomAdmin, 'c'),
      ),
    ).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});
