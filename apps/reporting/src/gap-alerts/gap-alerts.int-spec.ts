import { randomUUID } from 'node:crypto';
import { EventPublisher, type OutboxRelay } from '@coordination/messaging';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { CoverageReader } from '../coverage-model/coverage.reader';
import { reportingDataSourceOptions } from '../database/reporting-data-source';
import {
  peopleInNeedPublished,
  reportApproved,
  reportDeleted,
  reportSnapshot,
  roundPublished,
} from '../testing/coverage-events';
import { deliverEvents } from '../testing/deliver-events';
import { GapAlertEvaluator } from './gap-alert-evaluator';

const PARTNER = randomUUID();
const ROUND = { roundId: randomUUID(), inForceFrom: '2025-01-01' };

interface OutboxRow {
  topic: string;
  event_type: string;
  payload: { data: Record<string, unknown> };
}

describe('gap alerts (real PostgreSQL, events through the outbox)', () => {
  let database: TestDatabase;
  let evaluator: GapAlertEvaluator;

  beforeAll(async () => {
    database = await createTestDatabase('reporting_gaps', reportingDataSourceOptions);
    const relay = { notify: () => undefined } as unknown as OutboxRelay;
    evaluator = new GapAlertEvaluator(
      database.dataSource,
      new CoverageReader(database.dataSource),
      new EventPublisher(relay),
    );
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function outbox(): Promise<OutboxRow[]> {
    return database.dataSource.query(
      `SELECT topic, event_type, payload FROM outbox_message WHERE topic = 'reporting.gap' ORDER BY position`,
    );
  }

  it('raises an alert for people in need with no partner, and one under the threshold; resolves them as it changes', async () => {
    // Cusco: 1,000 people in need in health, nobody reporting there yet.
    await deliverEvents(database.dataSource, [
      peopleInNeedPublished(ROUND, 'PE08', 1000),
      roundPublished(ROUND, null, 1),
    ]);
    await database.dataSource.query(
      `INSERT INTO gap_threshold (sector, pcode, min_coverage_percent, set_by) VALUES ('HEA', '', 30, 'coordinator')`,
    );
    // A report elsewhere makes March the latest month; Cusco has no partner in it.
    const lima = reportSnapshot({ organisationId: PARTNER, month: 3, quantity: 10, newBeneficiaries: 10 });
    await deliverEvents(database.dataSource, [reportApproved({ ...lima, status: 'APPROVED' })]);

    expect(await evaluator.evaluateLatest()).toEqual({ raised: 2, resolved: 0 });
    const raised = await outbox();
    expect(raised.map((row) => [row.topic, row.event_type, row.payload.data.reason, row.payload.data.pcode])).toEqual([
      ['reporting.gap', 'org.coordination.reporting.gap.raised.v1', 'NO_PARTNER_PRESENT', 'PE08'],
      ['reporting.gap', 'org.coordination.reporting.gap.raised.v1', 'COVERAGE_BELOW_THRESHOLD', 'PE08'],
    ]);
    expect(raised[1].payload.data).toMatchObject({ peopleInNeed: 1000, reachedConsolidated: 0, thresholdPercent: 30 });
    // Evaluating again changes nothing.
    expect(await evaluator.evaluate(2025, 3)).toEqual({ raised: 0, resolved: 0 });

    // A partner reaches 200 in Cusco in March (20% < 30%): the partner alert resolves, the threshold one stays.
    const cusco = reportSnapshot({
      organisationId: PARTNER,
      month: 3,
      quantity: 200,
      newBeneficiaries: 200,
      districtPcode: 'PE080101',
    });
    await deliverEvents(database.dataSource, [reportApproved(cusco)]);
    expect(await evaluator.evaluate(2025, 3)).toEqual({ raised: 0, resolved: 1 });
    // 400 reached (40%): the threshold alert resolves too.
    await deliverEvents(database.dataSource, [
      reportApproved({ ...cusco, version: 2, quantity: 400, newBeneficiaries: 400, cells: null }),
    ]);
    expect(await evaluator.evaluate(2025, 3)).toEqual({ raised: 0, resolved: 1 });
    const resolved = (await outbox()).slice(2);
    expect(resolved.map((row) => [row.event_type, row.payload.data.reason])).toEqual([
      ['org.coordination.reporting.gap.resolved.v1', 'NO_PARTNER_PRESENT'],
      ['org.coordination.reporting.gap.resolved.v1', 'COVERAGE_BELOW_THRESHOLD'],
    ]);
    expect(resolved[1].payload.data).toMatchObject({ reachedConsolidated: 400, coveragePercent: 40 });

    // The report deleted: both causes hold again and are raised anew.
    await deliverEvents(database.dataSource, [reportDeleted({ ...cusco, version: 3 })]);
    expect(await evaluator.evaluate(2025, 3)).toEqual({ raised: 2, resolved: 0 });
    const open = await database.dataSource.query(
      `SELECT reason FROM gap_alert WHERE resolved_at IS NULL ORDER BY reason`,
    );
    expect(open).toEqual([{ reason: 'COVERAGE_BELOW_THRESHOLD' }, { reason: 'NO_PARTNER_PRESENT' }]);
  });
});
