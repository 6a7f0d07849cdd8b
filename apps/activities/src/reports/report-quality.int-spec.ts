import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import { SetTargetUseCase } from '../targets/set-target/set-target.use-case';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { healthReportCommand, reportCommand } from '../testing/report-commands';
import { CreateActivityReportUseCase } from './commands/create-report/create-activity-report.use-case';
import { createActivityReportSchema } from './commands/create-report/create-activity-report.input';
import { UpdateActivityReportUseCase } from './commands/update-report/update-activity-report.use-case';

const CARITAS = randomUUID();
const HIAS = randomUUID();
const MERGED = randomUUID();

describe('data quality of activity reports on every save (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  let create: CreateActivityReportUseCase;
  let update: UpdateActivityReportUseCase;
  let setTarget: SetTargetUseCase;
  const reporter = viewerWith('PARTNER_REPORTER', CARITAS);
  const admin = viewerWith('PLATFORM_ADMIN');

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-quality'));
    create = app.get(CreateActivityReportUseCase);
    update = app.get(UpdateActivityReportUseCase);
    setTarget = app.get(SetTargetUseCase);
    await insertReplicatedOrganisations(database.dataSource, [
      { id: CARITAS, name: 'Cáritas del Perú' },
      { id: HIAS, name: 'HIAS Perú' },
      { id: MERGED, name: 'Caritas Peru (duplicado)', status: 'MERGED' },
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function written(): Promise<{ reports: number; revisions: number; events: number }> {
    const [row] = await database.dataSource.query(`SELECT
      (SELECT count(*)::int FROM activity_report) AS reports,
      (SELECT count(*)::int FROM activity_report_revision) AS revisions,
      (SELECT count(*)::int FROM outbox_message) AS events`);
    return row;
  }

  const cells = { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 };

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a month not started yet', { month: '2026-12' }, 'REPORT.MONTH_IN_FUTURE', 'input.month'],
    ['a month outside every plan year', { month: '2024-11' }, 'TAXONOMY.UNKNOWN_PLAN_YEAR', 'input.month'],
    ['an unknown sector', { sector: 'XYZ' }, 'TAXONOMY.UNKNOWN_SECTOR', 'input.sector'],
    [
      'a sub-sector of another sector',
      { sector: 'HEA', subSector: 'GBV' },
      'TAXONOMY.SUB_SECTOR_MISMATCH',
      'input.subSector',
    ],
    ['a P-code that names no unit', { pcode: 'PE159999' }, 'REPORT.UNKNOWN_PLACE', 'input.pcode'],
    ['an unknown indicator', { indicatorCode: 'PRO-GBV-99' }, 'REPORT.UNKNOWN_INDICATOR', 'input.indicatorCode'],
    [
      'an indicator of another sector',
      { indicatorCode: 'HEA-01' },
      'REPORT.INDICATOR_SECTOR_MISMATCH',
      'input.indicatorCode',
    ],
    [
      'an indicator of another sub-sector',
      { subSector: 'CP' },
      'REPORT.INDICATOR_SECTOR_MISMATCH',
      'input.indicatorCode',
    ],
    [
      'a modality the indicator does not use',
      { modality: 'CASH_VOUCHER' },
      'REPORT.MODALITY_NOT_ALLOWED',
      'input.modality',
    ],
    ['cells that do not add up', { cells: { ...cells, women: 30 } }, 'DISAGGREGATION.SUM_MISMATCH', 'input.cells'],
    [
      'a missing unknown cell',
      { cells: { ...cells, unknown: null } },
      'DISAGGREGATION.MISSING_CELL',
      'input.cells.unknown',
    ],
    ['a negative cell', { cells: { ...cells, girls: -6, women: 44 } }, 'DISAGGREGATION.NEGATIVE', 'input.cells.girls'],
    [
      'a nationality breakdown that does not add up',
      { nationality: { ven: 30, col: 1, per: 0, other: 0, unknown: 0 } },
      'DISAGGREGATION.SUM_MISMATCH',
      'input.nationality',
    ],
    ['people without their sex and age', { cells: null }, 'REPORT.DISAGGREGATION_REQUIRED', 'input.cells'],
    [
      'people without the new ones',
      { newBeneficiaries: null },
      'REPORT.NEW_BENEFICIARIES_REQUIRED',
      'input.newBeneficiaries',
    ],
    ['more new people than reached', { newBeneficiaries: 41 }, 'REPORT.NEW_EXCEEDS_REACHED', 'input.newBeneficiaries'],
    [
      'cells on an indicator that counts meals',
      { sector: 'FSC', subSector: null, indicatorCode: 'FSC-03', modality: 'IN_KIND' },
      'REPORT.NOT_PEOPLE_INDICATOR',
      'input.cells',
    ],
    [
      'an unknown implementing partner',
      { implementingOrganisationId: randomUUID() },
      'REPORT.UNKNOWN_ORGANISATION',
      'input.implementingOrganisationId',
    ],
    [
      'a merged funding organisation',
      { fundingOrganisationId: MERGED },
      'REPORT.UNKNOWN_ORGANISATION',
      'input.fundingOrganisationId',
    ],
  ])('refuses %s with its code and field, writing nothing', async (_case, overrides, code, field) => {
    const before = await written();
    const refusal = await refusalOf(create.execute(reportCommand(CARITAS, overrides), reporter, 'corr'));
    expect({ code: refusal.code, field: refusal.field }).toEqual({ code, field });
    expect(await written()).toEqual(before);
  });

  it('refuses a report for an organisation the directory does not know, or merged', async () => {
    const unknown = randomUUID();
    const refusal = await refusalOf(create.execute(reportCommand(unknown), admin, 'corr'));
    expect(refusal).toMatchObject({ code: 'REPORT.UNKNOWN_ORGANISATION', field: 'input.reportingOrganisationId' });
    const merged = await refusalOf(create.execute(reportCommand(MERGED), admin, 'corr'));
    expect(merged.message).toContain('merged');
  });

  it('lists every problem of a breakdown, the first one naming the error', async () => {
    const refusal = await refusalOf(
      create.execute(reportCommand(CARITAS, { cells: { girls: -1, boys: 0, women: 40 } }), reporter, 'corr'),
    );
    expect(refusal.problems).toEqual([
      expect.objectContaining({ code: 'DISAGGREGATION.NEGATIVE', field: 'input.cells.girls' }),
      expect.objectContaining({ code: 'DISAGGREGATION.MISSING_CELL', field: 'input.cells.men' }),
      expect.objectContaining({ code: 'DISAGGREGATION.MISSING_CELL', field: 'input.cells.unknown' }),
    ]);
  });

  it('normalises codes typed by hand, and takes the sub-sector from the indicator', async () => {
    const command = createActivityReportSchema.parse({
      ...reportCommand(CARITAS),
      id: randomUUID().toUpperCase(),
      sector: ' pro ',
      subSector: null,
      indicatorCode: 'pro-gbv-01 ',
      pcode: ' pe150132',
      projectCode: '  unhcr-2025/gbv.01 ',
      siteName: '  Casa   de acogida  Santa Rosa ',
    });
    const report = await create.execute(command, reporter, 'corr');
    expect(report).toMatchObject({
      id: command.id!.toLowerCase(),
      sector: 'PRO',
      subSector: 'GBV',
      indicatorCode: 'PRO-GBV-01',
      pcode: 'PE150132',
      projectCode: 'UNHCR-2025/GBV.01',
      siteName: 'Casa de acogida Santa Rosa',
    });
  });

  it('warns, without refusing, when the year’s unique people pass the target, and stores the warning', async () => {
    const target = await setTarget.execute(
      { organisationId: CARITAS, indicatorCode: 'HEA-01', pcode: 'PE24', planYear: 2025, quantity: 150 },
      reporter,
      'corr',
    );
    expect(target).toMatchObject({ version: 1, quantity: 150, sector: 'HEA' });
    // Monthly people (120 each) are never summed; the new ones are: 60 + 60 = 120, then 180.
    const january = await create.execute(healthReportCommand(CARITAS, { month: '2025-01' }), reporter, 'corr');
    const february = await create.execute(healthReportCommand(CARITAS, { month: '2025-02' }), reporter, 'corr');
    expect([january.warnings, february.warnings]).toEqual([[], []]);
    const march = await create.execute(healthReportCommand(CARITAS, { month: '2025-03' }), reporter, 'corr');
    expect(march.warnings).toEqual([
      {
        code: 'REPORT.REACHED_ABOVE_TARGET',
        field: 'input.quantity',
        message: expect.stringContaining('180 reached in 2025 (UNIQUE_CUMULATIVE) is above the target of 150'),
      },
    ]);
    const [stored] = await database.dataSource.query(`SELECT warnings FROM activity_report WHERE id = $1`, [march.id]);
    expect(stored.warnings).toEqual(march.warnings);
    const [event] = await database.dataSource.query(
      `SELECT payload FROM outbox_message WHERE message_key = $1 ORDER BY position DESC LIMIT 1`,
      [march.id],
    );
    expect(event.payload.data.warningCodes).toEqual(['REPORT.REACHED_ABOVE_TARGET']);

    // Correcting the figure clears the warning; HIAS has no target there, so never gets the warning.
    const corrected = await update.execute({ id: march.id, newBeneficiaries: 20 }, reporter, 'corr');
    expect(corrected.warnings).toEqual([]);
    const hias = viewerWith('PARTNER_REPORTER', HIAS);
    const other = await create.execute(
      healthReportCommand(HIAS, { month: '2025-03', newBeneficiaries: 120 }),
      hias,
      'c',
    );
    expect(other.warnings).toEqual([]);
  });

  it('warns about a month far above the partner’s own history for the indicator', async () => {
    const place = { pcode: 'PE2401', month: '2025-04' };
    for (const [month, quantity] of [
      ['2025-04', 100],
      ['2025-05', 110],
      ['2025-06', 90],
    ] as const) {
      const cellsFor = { girls: 0, boys: 0, women: quantity, men: 0, unknown: 0 };
      await create.execute(
        healthReportCommand(CARITAS, { ...place, month, quantity, cells: cellsFor, newBeneficiaries: 0 }),
        reporter,
        'corr',
      );
    }
    const typo = await create.execute(
      healthReportCommand(CARITAS, {
        ...place,
        month: '2025-07',
        quantity: 1000,
        cells: { girls: 0, boys: 0, women: 1000, men: 0, unknown: 0 },
        newBeneficiaries: 0,
      }),
      reporter,
      'corr',
    );
    expect(typo.warnings.map((warning) => warning.code)).toEqual(['REPORT.QUANTITY_OUTLIER']);
    expect(typo.warnings[0].message).toContain('usual 100 a month');
  });

  it('sets targets once per organisation, indicator, place and year, replacing them and refusing what is unknown', async () => {
    const key = { organisationId: HIAS, indicatorCode: 'WSH-02', pcode: 'PE2401', planYear: 2026 };
    const wash = viewerWith('SECTOR_COORDINATOR', null, { sector: 'WSH', region: 'PE24' });
    const first = await setTarget.execute({ ...key, quantity: 500 }, wash, 'corr');
    const replaced = await setTarget.execute({ ...key, quantity: 800 }, wash, 'corr');
    const same = await setTarget.execute({ ...key, quantity: 800 }, wash, 'corr');
    expect([first.id, replaced.id, same.id]).toEqual([first.id, first.id, first.id]);
    expect([first.version, replaced.version, same.version]).toEqual([1, 2, 2]);
    const events = await database.dataSource.query(
      `SELECT payload FROM outbox_message WHERE message_key = $1 ORDER BY position`,
      [first.id],
    );
    expect(
      events.map(
        (row: { payload: { data: { quantity: number; previousQuantity: number | null } } }) => row.payload.data,
      ),
    ).toEqual([
      expect.objectContaining({
        quantity: 500,
        previousQuantity: null,
        departmentPcode: 'PE24',
        provincePcode: 'PE2401',
      }),
      expect.objectContaining({ quantity: 800, previousQuantity: 500 }),
    ]);

    expect((await refusalOf(setTarget.execute({ ...key, quantity: 1 }, reporter, 'c'))).code).toBe('AUTH.FORBIDDEN');
    const lima = viewerWith('SECTOR_COORDINATOR', null, { sector: 'WSH', region: 'PE15' });
    expect((await refusalOf(setTarget.execute({ ...key, quantity: 1 }, lima, 'c'))).code).toBe('AUTH.FORBIDDEN');
    for (const [change, code, field] of [
      [{ indicatorCode: 'WSH-09' }, 'TARGET.UNKNOWN_INDICATOR', 'input.indicatorCode'],
      [{ pcode: 'PE2499' }, 'TARGET.UNKNOWN_PLACE', 'input.pcode'],
      [{ organisationId: MERGED }, 'TARGET.UNKNOWN_ORGANISATION', 'input.organisationId'],
    ] as const) {
      const refusal = await refusalOf(setTarget.execute({ ...key, quantity: 1, ...change }, admin, 'c'));
      expect({ code: refusal.code, field: refusal.field }).toEqual({ code, field });
    }
  });
});
