import { randomBytes, randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import iconv from 'iconv-lite';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { CODE_HEADER, column, csvText, goodRow, importFile, locatedCodes, queueImport } from '../testing/import-jobs';
import { importedReportId } from './rows/imported-report-id';

const CARITAS = randomUUID();

async function workbook(rows: readonly (readonly unknown[])[], edit?: (sheet: import('exceljs').Worksheet) => void) {
  const book = new Workbook();
  const sheet = book.addWorksheet('Datos');
  rows.forEach((row, index) => {
    sheet.getRow(index + 1).values = [...row] as never;
  });
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('activity import of awkward files: XLSX quirks, encodings, garbage, size', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  const reporter = viewerWith('PARTNER_REPORTER', CARITAS);

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-import-files'));
    await insertReplicatedOrganisations(database.dataSource, [{ id: CARITAS, name: 'Cáritas del Perú' }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const quantityOf = async (id: string) =>
    (await database.dataSource.query(`SELECT quantity FROM activity_report WHERE id = $1`, [id]))[0]?.quantity;

  it('imports an XLSX with a formula by its cached value, and locates a merged count as an error', async () => {
    const withFormula = await workbook([CODE_HEADER, goodRow()], (sheet) => {
      sheet.getCell('I2').value = { formula: 'J2+K2+L2+M2+N2', result: 40 };
    });
    const job = await importFile(app, { content: withFormula, fileName: 'marzo.xlsx' }, reporter);
    expect(job).toMatchObject({ status: 'COMPLETED', format: 'xlsx', reportsCreated: 1 });
    expect(await quantityOf(importedReportId(job.id, 2))).toBe(40);

    const withoutValue = await workbook([CODE_HEADER, goodRow()], (sheet) => {
      sheet.getCell('I2').value = { formula: 'J2+K2+L2+M2+N2' } as never;
    });
    const uncached = await importFile(app, { content: withoutValue, fileName: 'marzo.xlsx' }, reporter);
    expect(uncached.status).toBe('FAILED');
    expect(uncached.problems.map((problem) => `${problem.code}@${problem.row}:${problem.column}`)).toEqual(
      expect.arrayContaining(['TABLE.FORMULA_WITHOUT_VALUE@2:I', 'IMPORT.MISSING_VALUE@2:I']),
    );

    const merged = await workbook([CODE_HEADER, goodRow(), goodRow()], (sheet) => sheet.mergeCells('I2:I3'));
    const mergedJob = await importFile(app, { content: merged, fileName: 'marzo.xlsx' }, reporter);
    expect(mergedJob).toMatchObject({ status: 'FAILED', reportsCreated: 0 });
    expect(locatedCodes(mergedJob)).toContain('TABLE.MERGED_CELLS@2:I');
  });

  it('fails a job naming a sheet the workbook does not have, listing the sheets there are', async () => {
    const job = await importFile(
      app,
      { content: await workbook([CODE_HEADER, goodRow()]), fileName: 'marzo.xlsx', sheetName: '5W marzo' },
      reporter,
    );
    expect(job).toMatchObject({ status: 'FAILED', failureCode: 'TABLE.SHEET_NOT_FOUND', rowsTotal: 0 });
    expect(job.problems[0].message).toContain('Datos');
  });

  it('refuses 10 MB of random bytes quickly as unreadable, writing nothing', async () => {
    const started = Date.now();
    const job = await importFile(app, { content: randomBytes(10 * 1024 * 1024), fileName: 'basura.csv' }, reporter);
    expect(job).toMatchObject({ status: 'FAILED', failureCode: 'TABLE.UNREADABLE', reportsCreated: 0 });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reads a Latin-1 CSV separated by semicolons, as Excel saves it on Spanish Windows', async () => {
    const text = csvText(
      [CODE_HEADER, goodRow({ Mes: 'marzo 2025', 'Grupo poblacional': 'Comunidad de acogida' })],
      ';',
    );
    const job = await importFile(app, { content: iconv.encode(text, 'latin1') }, reporter);
    expect(job).toMatchObject({ status: 'COMPLETED', reportsCreated: 1, errorCount: 0 });
    const [report] = await database.dataSource.query(
      `SELECT population_group, girls, month FROM activity_report WHERE id = $1`,
      [importedReportId(job.id, 2)],
    );
    // "Niñas" in Latin-1 is one byte for ñ: the header still maps, so the girls were read.
    expect(report).toEqual({ population_group: 'HOST_COMMUNITY', girls: 6, month: '2025-03' });
  });

  it('refuses an upload over 25 MB at once, before any job exists', async () => {
    const before = (await database.dataSource.query(`SELECT count(*)::int AS n FROM import_job`))[0].n;
    const refusal = await refusalOf(queueImport(app, { content: Buffer.alloc(25 * 1024 * 1024 + 10, 65) }, reporter));
    expect(refusal).toMatchObject({ code: 'IMPORT.FILE_TOO_LARGE', field: 'input.contentBase64' });
    expect((await database.dataSource.query(`SELECT count(*)::int AS n FROM import_job`))[0].n).toBe(before);
  });

  it('reports a missing required column at the header row', async () => {
    const header = CODE_HEADER.filter((name) => name !== 'Indicador');
    const row = goodRow().filter((_cell, index) => index !== column('Indicador') - 1);
    const job = await importFile(app, { content: csvText([header, row]) }, reporter);
    expect(job.status).toBe('FAILED');
    expect(job.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'TABLE.MISSING_COLUMN', row: 1, field: 'indicatorCode' }),
      ]),
    );
  });
});
