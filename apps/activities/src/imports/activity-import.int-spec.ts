import { randomUUID } from 'node:crypto';
import { TopicNames } from '@coordination/contracts';
import { createTestDatabase, eventually, readTopic, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import { LockReportingPeriodUseCase } from '../reporting-periods/lock-period/lock-reporting-period.use-case';
import {
  insertReplicatedOrganisations,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { CODE_HEADER, column, csvText, goodRow, importFile, locatedCodes } from '../testing/import-jobs';
import { importedReportId } from './rows/imported-report-id';

const CARITAS = randomUUID();
const HIAS = randomUUID();

const SPANISH_HXL_FILE = csvText([
  ['Reporte 5W de Cáritas del Perú', null, null],
  ['Marzo de 2025 - versión final', null, null],
  [
    'Organización que reporta',
    'Sector',
    'Subsector',
    'Indicador',
    'Departamento',
    'Provincia',
    'Distrito',
    'Mes',
    'Grupo poblacional',
    'Modalidad',
    'Cantidad',
    'Niñas',
    'Niños',
    'Mujeres',
    'Hombres',
    'Desconocido',
    'Nuevos beneficiarios',
  ],
  [
    '#org+reporting',
    '#sector+code',
    '#subsector+code',
    '#indicator+code',
    '#adm1+name',
    '#adm2+name',
    '#adm3+name',
    '#date+month',
    '#population+type',
    '#modality',
    '#output+value',
    '#reached+f+children',
    '#reached+m+children',
    '#reached+f+adults',
    '#reached+m+adults',
    '#reached+unknown',
    '#reached+new',
  ],
  [
    'caritas del peru',
    'pro',
    'gbv',
    'PRO-GBV-01',
    'LIMA',
    'Lima',
    'San Juan de Lurigancho',
    'marzo 2025',
    'En destino',
    'Servicio',
    40,
    6,
    0,
    32,
    0,
    2,
    25,
  ],
  [
    'CARITAS DEL PERU',
    'HEA',
    null,
    'HEA-01',
    'Junin',
    'Huancayo',
    'El Tambo',
    '2025-03',
    'Comunidad de acogida',
    'SERVICE',
    120,
    20,
    25,
    40,
    30,
    5,
    60,
  ],
]);

describe('activity import on PostgreSQL and Kafka: the same checks as one report, all rows or none', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  const reporter = viewerWith('PARTNER_REPORTER', CARITAS);
  const admin = viewerWith('PLATFORM_ADMIN');

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-import'));
    await insertReplicatedOrganisations(database.dataSource, [
      { id: CARITAS, name: 'Cáritas del Perú', acronym: 'CARITAS' },
      { id: HIAS, name: 'HIAS Perú' },
    ]);
    await app.get(LockReportingPeriodUseCase).execute({ month: '2025-01', reason: 'Cierre de enero' }, admin, 'c');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    (await database.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n as number;

  it('reads an HXL file with title rows, Spanish headers and names without accents into the right drafts', async () => {
    const job = await importFile(app, { content: SPANISH_HXL_FILE, fileName: 'caritas-marzo.csv' }, reporter);
    expect(job).toMatchObject({
      status: 'COMPLETED',
      format: 'csv+hxl',
      rowsTotal: 2,
      reportsCreated: 2,
      errorCount: 0,
    });
    const reports = await database.dataSource.query(
      `SELECT id, status, reporting_organisation_id, sector, sub_sector, indicator_code, pcode, month, population_group,
              modality, quantity, girls, boys, women, men, sex_age_unknown, new_beneficiaries, created_by
         FROM activity_report WHERE id = ANY($1) ORDER BY quantity`,
      [[importedReportId(job.id, 5), importedReportId(job.id, 6)]],
    );
    expect(reports).toEqual([
      expect.objectContaining({
        status: 'DRAFT',
        reporting_organisation_id: CARITAS,
        sector: 'PRO',
        sub_sector: 'GBV',
        pcode: 'PE150132',
        month: '2025-03',
        population_group: 'IN_DESTINATION',
        modality: 'SERVICE',
        quantity: 40,
        girls: 6,
        women: 32,
        sex_age_unknown: 2,
        new_beneficiaries: 25,
        created_by: reporter.userId,
      }),
      expect.objectContaining({
        indicator_code: 'HEA-01',
        sub_sector: null,
        pcode: 'PE120114',
        population_group: 'HOST_COMMUNITY',
        quantity: 120,
        boys: 25,
        men: 30,
      }),
    ]);
    expect(
      await count('activity_report_revision', 'report_id = ANY($1)', [reports.map((r: { id: string }) => r.id)]),
    ).toBe(2);
  });

  it('writes nothing on a dry run, and reports what a commit would find', async () => {
    const before = [await count('activity_report'), await count('outbox_message', `topic = 'activities.report'`)];
    const job = await importFile(app, { content: SPANISH_HXL_FILE, dryRun: true }, reporter);
    expect(job).toMatchObject({
      status: 'DRY_RUN_DONE',
      rowsTotal: 2,
      rowsProcessed: 2,
      reportsCreated: 0,
      errorCount: 0,
    });
    expect([await count('activity_report'), await count('outbox_message', `topic = 'activities.report'`)]).toEqual(
      before,
    );
    expect(await count('import_job_file', 'job_id = $1', [job.id])).toBe(0);
  });

  it('commits nothing from a file with errors, and locates each error at its row and column', async () => {
    const before = await count('activity_report');
    const file = csvText([
      CODE_HEADER,
      goodRow(),
      goodRow({ Ubigeo: 'PE159999' }),
      goodRow({ Mes: '2099-01' }),
      goodRow({ Mes: 'enero 2025' }),
      goodRow({ Mujeres: 30 }),
      goodRow({ Niñas: -3, Mujeres: 41 }),
      goodRow({ Niños: '2.5' }),
      goodRow({ Sector: 'HEA', Subsector: null }),
      goodRow({ 'Organización que reporta': 'Organización Fantasma' }),
      goodRow({ 'Organización que reporta': 'HIAS Peru' }),
      goodRow({ Indicador: 'PRO-GBV-99' }),
    ]);
    const job = await importFile(app, { content: file }, reporter);
    expect(job).toMatchObject({
      status: 'FAILED',
      failureCode: 'IMPORT.ROWS_INVALID',
      reportsCreated: 0,
      errorCount: 10,
    });
    expect(locatedCodes(job)).toEqual([
      `GEO.UNKNOWN_PCODE@3:${column('Ubigeo')}`,
      `REPORT.MONTH_IN_FUTURE@4:${column('Mes')}`,
      `REPORT.PERIOD_LOCKED@5:${column('Mes')}`,
      `DISAGGREGATION.SUM_MISMATCH@6:${column('Niñas')}`,
      `VALUE.NEGATIVE@7:${column('Niñas')}`,
      `VALUE.NOT_INTEGER@8:${column('Niños')}`,
      `REPORT.INDICATOR_SECTOR_MISMATCH@9:${column('Indicador')}`,
      `IMPORT.UNKNOWN_ORGANISATION@10:${column('Organización que reporta')}`,
      `IMPORT.OTHER_ORGANISATION@11:${column('Organización que reporta')}`,
      `REPORT.UNKNOWN_INDICATOR@12:${column('Indicador')}`,
    ]);
    expect(await count('activity_report')).toBe(before);
    expect(await count('import_job_file', 'job_id = $1', [job.id])).toBe(0);
  });

  it('lets a platform admin import for any organisation, named by acronym', async () => {
    const file = csvText([
      CODE_HEADER,
      goodRow({ 'Organización que reporta': 'hias peru' }),
      goodRow({ 'Organización que reporta': 'caritas' }),
    ]);
    const job = await importFile(app, { content: file, submit: true }, admin);
    expect(job).toMatchObject({ status: 'COMPLETED', reportsCreated: 2, organisationId: null });
    const rows = await database.dataSource.query(
      `SELECT reporting_organisation_id, status, version FROM activity_report WHERE id = ANY($1) ORDER BY reporting_organisation_id = $2`,
      [[importedReportId(job.id, 2), importedReportId(job.id, 3)], CARITAS],
    );
    expect(rows).toEqual([
      { reporting_organisation_id: HIAS, status: 'SUBMITTED', version: 2 },
      { reporting_organisation_id: CARITAS, status: 'SUBMITTED', version: 2 },
    ]);
  });

  it('publishes one report created event per row and the job’s steps through the outbox to Kafka', async () => {
    const job = await importFile(app, { content: SPANISH_HXL_FILE }, reporter);
    const ids = [importedReportId(job.id, 5), importedReportId(job.id, 6)];
    while ((await app.relay.publishPendingBatch()) > 0);
    const kafka = testKafkaClient('activities-import-reader');
    const importTypes = (
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.activitiesImport,
          (read) => read.filter((m) => m.key?.toString() === job.id).length >= 2,
        ),
      )
    )
      .filter((message) => message.key?.toString() === job.id)
      .map(
        (message) =>
          JSON.parse(message.value!.toString()) as { type: string; actororg: string; data: { status: string } },
      );
    expect(importTypes.map((event) => [event.type, event.data.status])).toEqual([
      ['org.coordination.activities.import.started.v1', 'VALIDATING'],
      ['org.coordination.activities.import.completed.v1', 'COMPLETED'],
    ]);
    expect(importTypes[0].actororg).toBe(CARITAS);
    const reportEvents = (
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.activitiesReport,
          (read) => read.filter((m) => ids.includes(m.key!.toString())).length >= 2,
        ),
      )
    ).filter((message) => ids.includes(message.key!.toString()));
    expect(reportEvents.map((message) => JSON.parse(message.value!.toString()).type)).toEqual([
      'org.coordination.activities.report.created.v1',
      'org.coordination.activities.report.created.v1',
    ]);
  });
});
