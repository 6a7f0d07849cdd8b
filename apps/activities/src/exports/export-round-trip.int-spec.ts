import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type { TableWriteFormat } from '@coordination/tabular';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import { importedReportId } from '../imports/rows/imported-report-id';
import { ActivityReportEntity } from '../reports/activity-report.entity';
import { CreateActivityReportUseCase } from '../reports/commands/create-report/create-activity-report.use-case';
import { contentOf } from '../reports/report-content';
import {
  insertReplicatedOrganisations,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { importFile } from '../testing/import-jobs';
import { healthReportCommand, reportCommand } from '../testing/report-commands';
import { ExportActivityReportsQuery } from './export-activity-reports.query';

const CARITAS = randomUUID();
const HIAS = randomUUID();
const ECHO = randomUUID();

describe('export of activity reports, and its re-import to the same records', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  const caritas = viewerWith('PARTNER_REPORTER', CARITAS);
  const hias = viewerWith('PARTNER_REPORTER', HIAS);
  const originals: ActivityReportEntity[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-export'));
    await insertReplicatedOrganisations(database.dataSource, [
      { id: CARITAS, name: 'Cáritas del Perú' },
      { id: HIAS, name: 'HIAS Perú' },
      { id: ECHO, name: 'Protección Civil y Ayuda Humanitaria de la UE', acronym: 'ECHO' },
    ]);
    const create = app.get(CreateActivityReportUseCase);
    originals.push(
      await create.execute(
        reportCommand(CARITAS, {
          siteName: '=Casa de acogida "La Posada", Lima',
          projectCode: 'PRJ-2025/01',
          fundingOrganisationId: ECHO,
          implementingOrganisationId: HIAS,
          disability: { withDisability: 3, withoutDisability: 35, unknown: 2 },
          nationality: { ven: 30, col: 4, per: 2, other: 0, unknown: 4 },
        }),
        caritas,
        'c',
      ),
      await create.execute(
        healthReportCommand(CARITAS, { month: '2025-02', populationGroup: 'RETURNEES' }),
        caritas,
        'c',
      ),
      await create.execute(
        reportCommand(CARITAS, { pcode: 'PE1501', modality: 'SERVICE', month: '2025-04' }),
        caritas,
        'c',
      ),
    );
    await create.execute(reportCommand(HIAS), hias, 'c');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('exports only what the caller may see', async () => {
    const exporter = app.get(ExportActivityReportsQuery);
    expect((await exporter.execute(caritas, {}, 'csv')).rowCount).toBe(3);
    expect((await exporter.execute(hias, {}, 'csv')).rowCount).toBe(1);
    expect((await exporter.execute(viewerWith('PLATFORM_ADMIN'), {}, 'csv')).rowCount).toBe(4);
    expect((await exporter.execute(caritas, { monthFrom: '2025-03' }, 'csv')).rowCount).toBe(2);
  });

  it.each<TableWriteFormat>(['hxl-csv', 'csv', 'xlsx'])(
    'exports %s that a dry run accepts without errors and that re-imports to identical records',
    async (format) => {
      const file = await app.get(ExportActivityReportsQuery).execute(caritas, {}, format);
      expect(file.fileName).toMatch(format === 'xlsx' ? /\.xlsx$/ : /\.csv$/);
      const dryRun = await importFile(app, { content: file.content, fileName: file.fileName, dryRun: true }, caritas);
      expect(dryRun).toMatchObject({ status: 'DRY_RUN_DONE', errorCount: 0, rowsTotal: 3 });

      const job = await importFile(app, { content: file.content, fileName: file.fileName }, caritas);
      expect(job).toMatchObject({ status: 'COMPLETED', reportsCreated: 3 });
      const firstDataRow = format === 'csv' ? 2 : 3;
      const imported = await database.dataSource.manager.findBy(ActivityReportEntity, {
        id: In([0, 1, 2].map((offset) => importedReportId(job.id, firstDataRow + offset))),
      });
      const byMonth = (reports: ActivityReportEntity[]) =>
        [...reports].sort((a, b) => a.month.localeCompare(b.month)).map((report) => contentOf(report));
      expect(byMonth(imported)).toEqual(byMonth(originals));
      // The next format starts from the originals alone.
      const ids = imported.map((report) => report.id);
      await database.dataSource.query(`DELETE FROM activity_report_revision WHERE report_id = ANY($1)`, [ids]);
      await database.dataSource.query(`DELETE FROM activity_report WHERE id = ANY($1)`, [ids]);
    },
  );
});
