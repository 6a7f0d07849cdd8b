import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportWarningCode, type ReportWarning } from '../report-warning';
import type { CheckedReport } from '../writing/report-checks';
import { outlierMedian } from './outliers';
import { withReport, yearlyFigure, type MonthTotal } from './yearly-figure';

/** How far back a partner's own history goes when judging an unusual month. */
const OUTLIER_HISTORY_MONTHS = 12;

interface MonthTotalRow {
  month: string;
  quantity: number;
  new_beneficiaries: number;
  reports: number;
}

/**
 * Findings that do not stop a save but that the coordinator should see: more reached than targeted
 * for the year, and a month far above the partner's usual figures. Computed on every save, over the
 * partner's other reports of the same indicator at the same place (drafts included: they are its own).
 */
@Injectable()
export class ReportQualityChecks {
  async warningsFor(manager: EntityManager, reportId: string, checked: CheckedReport): Promise<ReportWarning[]> {
    const warnings: ReportWarning[] = [];
    const aboveTarget = await this.reachedAboveTarget(manager, reportId, checked);
    if (aboveTarget) warnings.push(aboveTarget);
    const outlier = await this.outlier(manager, reportId, checked);
    if (outlier) warnings.push(outlier);
    return warnings;
  }

  private async reachedAboveTarget(
    manager: EntityManager,
    reportId: string,
    { content, indicator, planYear }: CheckedReport,
  ): Promise<ReportWarning | undefined> {
    const [target] = await manager.query(
      `SELECT quantity FROM activity_target
        WHERE organisation_id = $1 AND indicator_code = $2 AND pcode = $3 AND plan_year = $4`,
      [content.reportingOrganisationId, content.indicatorCode, content.pcode, planYear],
    );
    if (!target) return undefined;
    const months = withReport(
      await this.monthTotals(manager, reportId, content, 'm.plan_year = $5', planYear),
      content,
    );
    const reached = yearlyFigure(indicator.aggregation, months);
    if (reached <= target.quantity) return undefined;
    return {
      code: ReportWarningCode.ReachedAboveTarget,
      field: 'input.quantity',
      message:
        `${formatNumber(reached)} reached in ${planYear} (${indicator.aggregation}) is above the target of ` +
        `${target.quantity} for ${content.indicatorCode} at ${content.pcode}`,
    };
  }

  private async outlier(
    manager: EntityManager,
    reportId: string,
    { content }: CheckedReport,
  ): Promise<ReportWarning | undefined> {
    const earlier = await this.monthTotals(manager, reportId, content, 'm.month < $5', content.month);
    const history = earlier
      .sort((a, b) => b.month.localeCompare(a.month))
      .slice(0, OUTLIER_HISTORY_MONTHS)
      .map((month) => month.quantity);
    const [sameMonth] = await this.monthTotals(manager, reportId, content, 'm.month = $5', content.month);
    const value = (sameMonth?.quantity ?? 0) + content.quantity;
    const typical = outlierMedian(value, history);
    if (typical === undefined) return undefined;
    return {
      code: ReportWarningCode.QuantityOutlier,
      field: 'input.quantity',
      message:
        `${value} in ${content.month} is more than three times the partner’s usual ${formatNumber(typical)} a month ` +
        `for ${content.indicatorCode} at ${content.pcode}; please check it`,
    };
  }

  /** The partner's other reports of the same indicator at the same place, added up per month. */
  private async monthTotals(
    manager: EntityManager,
    reportId: string,
    content: CheckedReport['content'],
    condition: string,
    conditionValue: string | number,
  ): Promise<MonthTotal[]> {
    const rows: MonthTotalRow[] = await manager.query(
      `SELECT m.month, sum(m.quantity)::int AS quantity,
              coalesce(sum(m.new_beneficiaries), 0)::int AS new_beneficiaries, count(*)::int AS reports
         FROM activity_report m
        WHERE m.deleted_at IS NULL AND m.id <> $1 AND m.reporting_organisation_id = $2
          AND m.indicator_code = $3 AND m.pcode = $4 AND ${condition}
        GROUP BY m.month`,
      [reportId, content.reportingOrganisationId, content.indicatorCode, content.pcode, conditionValue],
    );
    return rows.map((row) => ({
      month: row.month,
      quantity: row.quantity,
      newBeneficiaries: row.new_beneficiaries,
      reports: row.reports,
    }));
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
