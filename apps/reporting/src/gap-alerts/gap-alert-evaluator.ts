import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  GapAlertRaisedV1,
  GapAlertResolvedV1,
  TopicNames,
  createCloudEvent,
  type GapAlertReason,
} from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { CoverageFigures } from '../coverage-model/coverage-query';
import { CoverageReader } from '../coverage-model/coverage.reader';

const SOURCE = '/coordination/reporting';
// One evaluator at a time across copies of the service: two would raise the same alert twice.
const EVALUATION_LOCK = 7_000_007;

interface OpenAlert {
  alert_id: string;
  sector: string;
  pcode: string;
  reason: GapAlertReason;
}

interface Threshold {
  sector: string;
  pcode: string;
  min_coverage_percent: string;
}

export interface EvaluationOutcome {
  raised: number;
  resolved: number;
}

function coverageOf(row: CoverageFigures | undefined): number | null {
  if (!row || !row.peopleInNeed) return null;
  return Math.round((row.reachedConsolidated / row.peopleInNeed) * 1000) / 10;
}

/**
 * Compares every sector x department of a month with the coordinators' thresholds: an alert is raised
 * when coverage is under the threshold (the department's own, else the sector's) or when there are people
 * in need and no partner present in the month, and resolved once that no longer holds. The alert rows
 * and their events are written in one transaction (outbox).
 */
@Injectable()
export class GapAlertEvaluator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: CoverageReader,
    private readonly events: EventPublisher,
  ) {}

  /** The latest month with an approved report in the latest plan year with figures; nothing when empty. */
  async evaluateLatest(): Promise<EvaluationOutcome> {
    const [latest] = await this.dataSource.query<{ plan_year: number; month: number }[]>(
      `SELECT plan_year, max(month_number) AS month FROM coverage_report_fact
        WHERE status = 'APPROVED' AND NOT deleted GROUP BY plan_year ORDER BY plan_year DESC LIMIT 1`,
    );
    return latest ? this.evaluate(latest.plan_year, latest.month) : { raised: 0, resolved: 0 };
  }

  async evaluate(planYear: number, month: number): Promise<EvaluationOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [EVALUATION_LOCK]);
      const rows = await this.reader.figures({
        planYear,
        monthFrom: month,
        monthTo: month,
        sector: null,
        level: 'DEPARTMENT',
        parentPcode: null,
        populationGroup: null,
      });
      const thresholds: Threshold[] = await manager.query(
        `SELECT sector, pcode, min_coverage_percent FROM gap_threshold`,
      );
      const thresholdOf = (row: CoverageFigures): number | null => {
        const match =
          thresholds.find((threshold) => threshold.sector === row.sector && threshold.pcode === row.pcode) ??
          thresholds.find((threshold) => threshold.sector === row.sector && threshold.pcode === '');
        return match ? Number(match.min_coverage_percent) : null;
      };
      const wanted = new Map<string, { row: CoverageFigures; reason: GapAlertReason; threshold: number | null }>();
      for (const row of rows) {
        if (!row.peopleInNeed) continue;
        if (row.partnersPresent === 0) {
          wanted.set(`${row.sector}|${row.pcode}|NO_PARTNER_PRESENT`, {
            row,
            reason: 'NO_PARTNER_PRESENT',
            threshold: null,
          });
        }
        const threshold = thresholdOf(row);
        if (threshold !== null && coverageOf(row)! < threshold) {
          wanted.set(`${row.sector}|${row.pcode}|COVERAGE_BELOW_THRESHOLD`, {
            row,
            reason: 'COVERAGE_BELOW_THRESHOLD',
            threshold,
          });
        }
      }
      const open: OpenAlert[] = await manager.query(
        `SELECT alert_id, sector, pcode, reason FROM gap_alert WHERE plan_year = $1 AND resolved_at IS NULL FOR UPDATE`,
        [planYear],
      );
      const openKeys = new Set(open.map((alert) => `${alert.sector}|${alert.pcode}|${alert.reason}`));
      const rowsByKey = new Map(rows.map((row) => [`${row.sector}|${row.pcode}`, row]));
      const now = new Date().toISOString();
      let raised = 0;
      let resolved = 0;
      for (const [key, { row, reason, threshold }] of wanted) {
        if (openKeys.has(key)) continue;
        const alertId = randomUUID();
        await manager.query(
          `INSERT INTO gap_alert (alert_id, plan_year, sector, pcode, reason, raised_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [alertId, planYear, row.sector, row.pcode, reason, now],
        );
        const data = {
          ...this.figuresOf(alertId, reason, planYear, month, row, row.sector, row.pcode),
          thresholdPercent: threshold,
        };
        await this.events.record(
          manager,
          TopicNames.reportingGap,
          createCloudEvent(GapAlertRaisedV1, { subject: alertId, source: SOURCE, data: { ...data, raisedAt: now } }),
        );
        raised++;
      }
      for (const alert of open) {
        if (wanted.has(`${alert.sector}|${alert.pcode}|${alert.reason}`)) continue;
        await manager.query(`UPDATE gap_alert SET resolved_at = $2 WHERE alert_id = $1`, [alert.alert_id, now]);
        const row = rowsByKey.get(`${alert.sector}|${alert.pcode}`);
        const threshold = row && alert.reason === 'COVERAGE_BELOW_THRESHOLD' ? thresholdOf(row) : null;
        const data = {
          ...this.figuresOf(alert.alert_id, alert.reason, planYear, month, row, alert.sector, alert.pcode),
          thresholdPercent: threshold,
        };
        await this.events.record(
          manager,
          TopicNames.reportingGap,
          createCloudEvent(GapAlertResolvedV1, {
            subject: alert.alert_id,
            source: SOURCE,
            data: { ...data, resolvedAt: now },
          }),
        );
        resolved++;
      }
      return { raised, resolved };
    });
    if (outcome.raised + outcome.resolved > 0) this.events.flush();
    return outcome;
  }

  private figuresOf(
    alertId: string,
    reason: GapAlertReason,
    planYear: number,
    month: number,
    row: CoverageFigures | undefined,
    sector: string,
    pcode: string,
  ) {
    return {
      alertId,
      reason,
      planYear,
      month,
      sector,
      pcode,
      peopleInNeed: row?.peopleInNeed ?? 0,
      reachedConsolidated: row?.reachedConsolidated ?? 0,
      coveragePercent: coverageOf(row),
      partnersPresent: row?.partnersPresent ?? 0,
    };
  }
}
