import { randomUUID } from 'node:crypto';
import { createTestDatabase, viewerWith, type TestDatabase } from '@coordination/testing';
import { reportingDataSourceOptions } from '../database/reporting-data-source';
import {
  peopleInNeedPublished,
  reportApproved,
  reportCreated,
  reportDeleted,
  reportSnapshot,
  reportSubmitted,
  roundPublished,
  roundSuperseded,
  targetSet,
  type ReportShape,
} from '../testing/coverage-events';
import { deliverEvents } from '../testing/deliver-events';
import type { CoverageQuery } from './coverage-query';
import { CoverageReader } from './coverage.reader';
import { CoverageService } from './coverage.service';

const PARTNER_A = randomUUID();
const PARTNER_B = randomUUID();
const PARTNER_C = randomUUID();
const ROUND_1 = { roundId: randomUUID(), inForceFrom: '2025-01-01' };
const ROUND_2 = { roundId: randomUUID(), inForceFrom: '2025-03-01' };

const coordinator = viewerWith('PLATFORM_ADMIN');
const government = viewerWith('GOVERNMENT_VIEWER');

function limaHealth(monthTo: number, monthFrom = monthTo): CoverageQuery {
  return {
    planYear: 2025,
    monthFrom,
    monthTo,
    sector: 'HEA',
    level: 'DEPARTMENT',
    parentPcode: 'PE15',
    populationGroup: null,
  };
}

describe('coverage read model (real PostgreSQL)', () => {
  let database: TestDatabase;
  let service: CoverageService;

  beforeAll(async () => {
    database = await createTestDatabase('reporting_coverage', reportingDataSourceOptions);
    service = new CoverageService(new CoverageReader(database.dataSource), database.dataSource, {
      minCellCount: 5,
      gapEvaluationIntervalMs: 0,
      coverageNotices: true,
    });
    await database.dataSource.query(
      `INSERT INTO organisation_replica (id, name, type, status, registered_at, source_event_id, source_event_time)
       VALUES ($1, 'Partner A', 'NNGO', 'ACTIVE', now(), $4, now()), ($2, 'Partner B', 'INGO', 'ACTIVE', now(), $5, now()),
              ($3, 'Partner C', 'UN', 'ACTIVE', now(), $6, now())`,
      [PARTNER_A, PARTNER_B, PARTNER_C, randomUUID(), randomUUID(), randomUUID()],
    );
  });

  afterAll(async () => {
    await database?.drop();
  });

  /** Created, submitted and approved, as the 4W review workflow publishes it. */
  async function approve(shape: ReportShape) {
    const report = reportSnapshot(shape);
    await deliverEvents(database.dataSource, [
      reportCreated(report),
      reportSubmitted({ ...report, version: 2 }),
      reportApproved({ ...report, version: 3 }),
    ]);
    return { ...report, version: 3 };
  }

  async function row(query: CoverageQuery, viewer = coordinator) {
    const rows = await service.coverage(query, viewer);
    expect(rows.map((candidate) => candidate.pcode)).toEqual(['PE15']);
    return rows[0];
  }

  it('follows the counting rules on three partners over three months (numbers worked out by hand)', async () => {
    // Reports approved before any needs round arrives: the model must take the round whenever it comes.
    // January: A reaches 100 (all new), B 50 (all new).
    await approve({ organisationId: PARTNER_A, month: 1, quantity: 100, newBeneficiaries: 100 });
    await approve({
      organisationId: PARTNER_B,
      month: 1,
      quantity: 50,
      newBeneficiaries: 50,
      districtPcode: 'PE150132',
    });
    // February: A reaches 80 of whom 30 new; C 40, all new.
    await approve({ organisationId: PARTNER_A, month: 2, quantity: 80, newBeneficiaries: 30 });
    await approve({
      organisationId: PARTNER_C,
      month: 2,
      quantity: 40,
      newBeneficiaries: 40,
      districtPcode: 'PE150501',
    });
    // March: A 90 (20 new), B 60 (10 new), C 25 (5 new) on HEA-01; A also 200 (all new) on HEA-02;
    // A's consultations (not people) and B's report still awaiting review do not count.
    await approve({ organisationId: PARTNER_A, month: 3, quantity: 90, newBeneficiaries: 20 });
    await approve({
      organisationId: PARTNER_B,
      month: 3,
      quantity: 60,
      newBeneficiaries: 10,
      districtPcode: 'PE150132',
    });
    await approve({
      organisationId: PARTNER_C,
      month: 3,
      quantity: 25,
      newBeneficiaries: 5,
      districtPcode: 'PE150501',
    });
    await approve({
      organisationId: PARTNER_A,
      month: 3,
      quantity: 200,
      newBeneficiaries: 200,
      indicatorCode: 'HEA-02',
      cells: { girls: 50, boys: 50, women: 60, men: 37, unknown: 3 },
    });
    await approve({
      organisationId: PARTNER_A,
      month: 3,
      quantity: 5000,
      newBeneficiaries: 0,
      indicatorCode: 'HEA-03',
      countsPeople: false,
    });
    const pending = reportSnapshot({ organisationId: PARTNER_B, month: 3, quantity: 1000, newBeneficiaries: 1000 });
    await deliverEvents(database.dataSource, [reportCreated(pending), reportSubmitted({ ...pending, version: 2 })]);
    // Targets: A 500 for Lima, B 300 in a district of Lima, on HEA-01 -> 800 targeted.
    await deliverEvents(database.dataSource, [
      targetSet(PARTNER_A, 'PE15', 500),
      targetSet(PARTNER_B, 'PE150132', 300),
    ]);
    // The needs round arrives last, its figure before its published event: 1,000 in need in Lima.
    await deliverEvents(database.dataSource, [
      peopleInNeedPublished(ROUND_1, 'PE15', 1000),
      roundPublished(ROUND_1, null, 1),
    ]);

    // January: monthly 100 + 50 = 150; consolidated 100 + 50 = 150.
    expect(await row(limaHealth(1))).toMatchObject({
      name: 'Lima',
      peopleInNeed: 1000,
      targeted: 800,
      reachedMonthly: 150,
      reachedConsolidated: 150,
      consolidatedIsUpperBound: true,
      gap: 850,
      coveragePercent: 15,
      partnersPresent: 2,
    });
    // February: monthly 80 + 40 = 120 (January is not added); consolidated 150 + 30 + 40 = 220.
    expect(await row(limaHealth(2))).toMatchObject({
      reachedMonthly: 120,
      reachedConsolidated: 220,
      gap: 780,
      coveragePercent: 22,
      partnersPresent: 2,
    });
    // March: HEA-01 reaches 90 + 60 + 25 = 175, HEA-02 200: the sector counts the larger, 200 (not 375).
    // Consolidated: HEA-01 220 + 20 + 10 + 5 = 255, HEA-02 200: 255.
    const march = await row(limaHealth(3));
    expect(march).toMatchObject({
      reachedMonthly: 200,
      reachedConsolidated: 255,
      gap: 745,
      coveragePercent: 25.5,
      partnersPresent: 3,
    });
    expect(march.cells).toEqual({ girls: 50, boys: 50, women: 60, men: 37, unknown: 3, suppressed: false });
    // The quarter counts every partner present in it; the national row adds nothing outside Lima.
    expect((await row(limaHealth(3, 1))).partnersPresent).toBe(3);
  });

  it('withholds small cells from government viewers and shows partners their own figures', async () => {
    const seenByGovernment = await row(limaHealth(3), government);
    expect(seenByGovernment.cells).toEqual({
      girls: 50,
      boys: 50,
      women: 60,
      men: 37,
      unknown: null,
      suppressed: true,
    });
    expect(seenByGovernment.ownReachedMonthly).toBeNull();

    const seenByPartnerB = await row(limaHealth(3), viewerWith('PARTNER_REPORTER', PARTNER_B));
    // B: March 60 on HEA-01; consolidated 50 + 10 = 60.
    expect(seenByPartnerB).toMatchObject({ reachedMonthly: 200, ownReachedMonthly: 60, ownReachedConsolidated: 60 });
  });

  it('names the partners present from the organisation replica', async () => {
    const presence = await service.partnerPresence(limaHealth(3, 1), government);
    expect(presence.map((partner) => [partner.organisationName, partner.months, partner.reportCount])).toEqual([
      ['Partner A', [1, 2, 3], null],
      ['Partner B', [1, 3], null],
      ['Partner C', [2, 3], null],
    ]);
    const seenByAdmin = await service.partnerPresence(limaHealth(3, 1), coordinator);
    expect(seenByAdmin.map((partner) => partner.reportCount)).toEqual([5, 2, 2]);
  });

  it('takes people in need from the round in force, never adding rounds up', async () => {
    // Round 2 (in force from March) puts Lima at 300; its supersession of round 1 arrives before its figures.
    await deliverEvents(database.dataSource, [
      roundSuperseded(ROUND_1, ROUND_2),
      peopleInNeedPublished(ROUND_2, 'PE15', 300),
      roundPublished(ROUND_2, ROUND_1.roundId, 1),
    ]);
    // March: gap = max(300 - 255, 0) = 45; coverage 255 / 300 = 85%.
    expect(await row(limaHealth(3))).toMatchObject({ peopleInNeed: 300, gap: 45, coveragePercent: 85 });
    // February is still under round 1: 1000 in need, gap 780.
    expect(await row(limaHealth(2))).toMatchObject({ peopleInNeed: 1000, gap: 780 });
  });

  it('stops counting an approved report once it is deleted, whatever arrives late', async () => {
    const report = await approve({ organisationId: PARTNER_C, month: 4, quantity: 70, newBeneficiaries: 70 });
    expect(await row(limaHealth(4))).toMatchObject({ reachedMonthly: 70, reachedConsolidated: 325 });

    const deleted = reportDeleted({ ...report, version: 4 });
    await deliverEvents(database.dataSource, [deleted, deleted, reportApproved(report), reportCreated(report)]);
    // Back to March's consolidated 255; April has no approved report left.
    expect(await row(limaHealth(4))).toMatchObject({ reachedMonthly: 0, reachedConsolidated: 255, partnersPresent: 0 });
  });

  it('counts a redelivered approval once', async () => {
    const report = reportSnapshot({ organisationId: PARTNER_B, month: 5, quantity: 11, newBeneficiaries: 11 });
    const approved = reportApproved({ ...report, version: 2 });
    await deliverEvents(database.dataSource, [approved, approved, reportCreated(report)]);
    expect(await row(limaHealth(5))).toMatchObject({ reachedMonthly: 11, reachedConsolidated: 266 });
  });

  it('announces changes to what is counted through the outbox, and nothing for drafts or repeats', async () => {
    const notices = async (): Promise<unknown[]> =>
      (
        await database.dataSource.query(
          `SELECT payload FROM outbox_message WHERE event_type = 'org.coordination.reporting.coverage.changed.v1'
            ORDER BY position`,
        )
      ).map((row: { payload: { data: unknown } }) => row.payload.data);
    const before = (await notices()).length;
    const report = reportSnapshot({ organisationId: PARTNER_A, month: 6, quantity: 9, newBeneficiaries: 9 });
    await deliverEvents(database.dataSource, [reportCreated(report), reportSubmitted({ ...report, version: 2 })]);
    expect((await notices()).length).toBe(before);

    const approved = reportApproved({ ...report, version: 3 });
    await deliverEvents(database.dataSource, [approved, approved]);
    expect((await notices()).slice(before)).toEqual([
      {
        planYear: report.planYear,
        month: 6,
        sector: report.sector,
        pcode: report.pcode,
        departmentPcode: report.departmentPcode,
        cause: 'REPORT',
      },
    ]);
    await deliverEvents(database.dataSource, [reportDeleted({ ...report, version: 3 })]);
    expect((await notices()).length).toBe(before + 2);
  });

  it('gives intersectoral coverage as the maximum over sectors, leaving multipurpose cash out', async () => {
    await approve({
      organisationId: PARTNER_A,
      month: 3,
      quantity: 400,
      newBeneficiaries: 400,
      sector: 'EDU',
      indicatorCode: 'EDU-01',
    });
    await approve({
      organisationId: PARTNER_A,
      month: 3,
      quantity: 900,
      newBeneficiaries: 900,
      sector: 'MPC',
      indicatorCode: 'MPC-01',
    });
    await deliverEvents(database.dataSource, [peopleInNeedPublished(ROUND_2, 'PE15', 500, 'EDU')]);
    const [lima] = await service.intersectoral({ ...limaHealth(3), sector: null });
    // PiN max(HEA 300, EDU 500) = 500; reached max(HEA 255, EDU 400) = 400; MPC's 900 is left out.
    expect(lima).toMatchObject({
      pcode: 'PE15',
      peopleInNeed: 500,
      reachedConsolidated: 400,
      gap: 100,
      coveragePercent: 80,
    });
    expect(lima.sectorsCompared).toEqual(['EDU', 'HEA']);
  });
});
