import { randomUUID } from 'node:crypto';
import type { Viewer } from '@coordination/auth';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { healthReportCommand, reportCommand } from '../testing/report-commands';
import { PartnerPresenceQuery } from '../who-what-where/partner-presence/partner-presence.query';
import { WhoWhatWhereResolver } from '../who-what-where/who-what-where.resolver';
import { ApproveActivityReportUseCase } from './commands/approve-report/approve-activity-report.use-case';
import { CreateActivityReportUseCase } from './commands/create-report/create-activity-report.use-case';
import { SubmitActivityReportUseCase } from './commands/submit-report/submit-activity-report.use-case';
import type { ActivityReportCriteria } from './queries/list-reports/activity-report-filter.input';
import { decodeReportCursor, encodeReportCursor } from './queries/list-reports/report-cursor';
import { ReportSearch } from './queries/list-reports/report-search';
import { ReportReader } from './queries/report-reader';

const CARITAS = randomUUID();
const HIAS = randomUUID();
const PLAN = randomUUID();

describe('who sees which activity report (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  let search: ReportSearch;
  let reader: ReportReader;
  const caritas = viewerWith('PARTNER_REPORTER', CARITAS);
  const hias = viewerWith('PARTNER_ADMIN', HIAS);
  const protection = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null });
  const tumbesHealth = viewerWith('SECTOR_COORDINATOR', null, { sector: 'HEA', region: 'PE24' });
  const limaHealth = viewerWith('SECTOR_COORDINATOR', null, { sector: 'HEA', region: 'PE15' });
  const admin = viewerWith('PLATFORM_ADMIN');
  const government = viewerWith('GOVERNMENT_VIEWER');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-access'));
    search = app.get(ReportSearch);
    reader = app.get(ReportReader);
    await insertReplicatedOrganisations(database.dataSource, [
      { id: CARITAS, name: 'Cáritas del Perú' },
      { id: HIAS, name: 'HIAS Perú' },
      { id: PLAN, name: 'Plan International', acronym: 'PLAN' },
    ]);
    const create = app.get(CreateActivityReportUseCase);
    const submit = app.get(SubmitActivityReportUseCase);
    const approve = app.get(ApproveActivityReportUseCase);
    const made = async (name: string, command: ReturnType<typeof reportCommand>, actor: Viewer, steps = 0) => {
      const { id } = await create.execute(command, actor, 'corr');
      if (steps >= 1) await submit.execute({ id }, actor, 'corr');
      if (steps >= 2) await approve.execute({ id }, admin, 'corr');
      ids[name] = id;
    };
    await made('caritasDraft', reportCommand(CARITAS, { month: '2025-01' }), caritas);
    await made(
      'caritasSubmitted',
      reportCommand(CARITAS, { month: '2025-02', implementingOrganisationId: PLAN }),
      caritas,
      1,
    );
    await made('caritasTumbesHealth', healthReportCommand(CARITAS, { month: '2025-02' }), caritas, 2);
    await made('hiasDraft', healthReportCommand(HIAS, { month: '2025-03', pcode: 'PE2401' }), hias);
    await made('hiasLimaHealth', healthReportCommand(HIAS, { month: '2025-03', pcode: 'PE1501' }), hias, 1);
    await made('hiasReturnees', reportCommand(HIAS, { month: '2025-04', populationGroup: 'RETURNEES' }), hias, 2);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function visibleNames(viewer: Viewer, criteria: ActivityReportCriteria = {}): Promise<string[]> {
    const { reports } = await search.find(viewer, criteria, { size: 100, after: null });
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return reports.map((report) => byId.get(report.id)!).sort();
  }

  it('shows a partner its own organisation’s reports only, drafts included', async () => {
    expect(await visibleNames(caritas)).toEqual(['caritasDraft', 'caritasSubmitted', 'caritasTumbesHealth']);
    expect(await visibleNames(hias)).toEqual(['hiasDraft', 'hiasLimaHealth', 'hiasReturnees']);
    expect(await visibleNames(hias, { organisationId: CARITAS })).toEqual([]);
  });

  it('never lets another partner read a draft by guessing its id: it does not exist for them', async () => {
    for (const attempt of [reader.visibleReport(ids.caritasDraft, hias), reader.history(ids.caritasDraft, hias)]) {
      expect(await refusalOf(attempt)).toMatchObject({ code: 'REPORT.NOT_FOUND', field: 'id' });
    }
    const unknown = await refusalOf(reader.visibleReport(randomUUID(), hias));
    expect(unknown.code).toBe('REPORT.NOT_FOUND');
    expect((await reader.visibleReport(ids.caritasDraft, caritas)).id).toBe(ids.caritasDraft);
  });

  it('shows coordinators the submitted and approved reports of their sector, within their region', async () => {
    expect(await visibleNames(protection)).toEqual(['caritasSubmitted', 'hiasReturnees']);
    expect(await visibleNames(tumbesHealth)).toEqual(['caritasTumbesHealth']);
    expect(await visibleNames(limaHealth)).toEqual(['hiasLimaHealth']);
    expect((await refusalOf(reader.visibleReport(ids.hiasDraft, tumbesHealth))).code).toBe('REPORT.NOT_FOUND');
  });

  it('shows platform admins everything and government viewers no report rows at all', async () => {
    expect(await visibleNames(admin)).toEqual(Object.keys(ids).sort());
    expect(await visibleNames(government)).toEqual([]);
    expect((await refusalOf(reader.visibleReport(ids.hiasReturnees, government))).code).toBe('AUTH.FORBIDDEN');
  });

  it('lists exactly the reports each caller can open one by one', async () => {
    for (const viewer of [caritas, hias, protection, tumbesHealth, limaHealth, admin]) {
      const listed = new Set(await visibleNames(viewer));
      for (const [name, id] of Object.entries(ids)) {
        const opened = await reader.visibleReport(id, viewer).then(
          () => true,
          () => false,
        );
        expect([name, opened]).toEqual([name, listed.has(name)]);
      }
    }
  });

  it('filters by place at any level, months, status, indicator and population group', async () => {
    expect(await visibleNames(admin, { pcode: 'PE15' })).toEqual([
      'caritasDraft',
      'caritasSubmitted',
      'hiasLimaHealth',
      'hiasReturnees',
    ]);
    expect(await visibleNames(admin, { pcode: 'PE24' })).toEqual(['caritasTumbesHealth', 'hiasDraft']);
    expect(await visibleNames(admin, { pcode: 'PE150132' })).toEqual([
      'caritasDraft',
      'caritasSubmitted',
      'hiasReturnees',
    ]);
    expect(await visibleNames(admin, { monthFrom: '2025-02', monthTo: '2025-03', sector: 'HEA' })).toEqual([
      'caritasTumbesHealth',
      'hiasDraft',
      'hiasLimaHealth',
    ]);
    expect(await visibleNames(admin, { status: 'APPROVED' })).toEqual(['caritasTumbesHealth', 'hiasReturnees']);
    expect(await visibleNames(admin, { indicatorCode: 'PRO-GBV-01', populationGroup: 'RETURNEES' })).toEqual([
      'hiasReturnees',
    ]);
    expect(await visibleNames(admin, { organisationId: PLAN })).toEqual(['caritasSubmitted']);
  });

  it('pages newest month first with a cursor, counting every match', async () => {
    const seen: string[] = [];
    let after = null;
    for (let page = 0; page < 5; page++) {
      const { reports, totalCount } = await search.find(admin, {}, { size: 2, after });
      expect(totalCount).toBe(6);
      seen.push(...reports.map((report) => report.month));
      if (reports.length < 2) break;
      after = decodeReportCursor(encodeReportCursor(reports.at(-1)!));
    }
    expect(seen).toEqual(['2025-04', '2025-03', '2025-03', '2025-02', '2025-02', '2025-01']);
  });

  it('says who works where from reports past their draft, naming implementers and reporters', async () => {
    const presence = app.get(PartnerPresenceQuery);
    const { rows, totalCount } = await presence.find({ pcode: 'PE15' }, { size: 10, after: null });
    expect(totalCount).toBe(2);
    expect(rows).toEqual([
      expect.objectContaining({
        pcode: 'PE1501',
        sector: 'HEA',
        organisations: [expect.objectContaining({ id: HIAS })],
      }),
      {
        pcode: 'PE150132',
        placeName: 'San Juan de Lurigancho',
        placeLevel: 'district',
        sector: 'PRO',
        organisations: [
          { id: CARITAS, name: 'Cáritas del Perú', acronym: null, implementing: false, reporting: true },
          { id: HIAS, name: 'HIAS Perú', acronym: null, implementing: true, reporting: true },
          { id: PLAN, name: 'Plan International', acronym: 'PLAN', implementing: true, reporting: false },
        ],
      },
    ]);
    const tumbes = await presence.find({ pcode: 'PE24', sector: 'HEA' }, { size: 10, after: null });
    expect(tumbes.rows.map((row) => row.pcode)).toEqual(['PE24']);
  });

  it('gives government viewers monthly figures per place from approved reports, without organisations', async () => {
    const aggregates = app.get(WhoWhatWhereResolver);
    const page = { first: 10 };
    const figures = await aggregates.reachedByPlace(government, 'HEA', '2025-02', 'district', page);
    expect(figures).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [
        {
          pcode: 'PE24',
          placeName: 'Tumbes',
          placeLevel: 'department',
          indicatorCode: 'HEA-01',
          unit: 'PEOPLE',
          reached: 120,
          newBeneficiaries: 60,
          cells: { girls: 20, boys: 25, women: 40, men: 30, unknown: 5 },
        },
      ],
    });
    expect(JSON.stringify(figures)).not.toContain(CARITAS);
    // Submitted but not approved yet: not in the figures.
    expect((await aggregates.reachedByPlace(government, 'HEA', '2025-03', 'department', page)).totalCount).toBe(0);
    const lima = await aggregates.reachedByPlace(protection, 'PRO', '2025-04', 'province', page);
    expect(lima.nodes.map((node) => [node.pcode, node.placeLevel, node.reached])).toEqual([['PE1501', 'province', 40]]);
    expect((await refusalOf(aggregates.reachedByPlace(caritas, 'HEA', '2025-02', 'district', page))).code).toBe(
      'AUTH.FORBIDDEN',
    );
  });
});
