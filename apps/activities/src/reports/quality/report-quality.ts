import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportWarningCode, type ReportWarning } from '../report-warning';
import type { CheckedReport } from '../writing/report-checks';
import { outlierMedian } from './outliers';
import { databaseHistory, type ReportHistory } from './report-history';
import { withReport, yearlyFigure } from './yearly-figure';

/** How far back a partner's own history goes when judging an unusual month. */
const OUTLIER_HISTORY_MONTHS = 12;

/**
 * Findings that do not stop a save but that the coordinator should see: more reached than targeted
 * for the year, and a month far above the partner's usual figures. Computed on every save, over the
 * partner's other reports of the same indicator at the same place (drafts included: they are its own).
 */
@Injectable()
export class ReportQualityChecks {
  async warningsFor(
    manager: EntityManager,
    reportId: string,
    checked: CheckedReport,
    history: ReportHistory = databaseHistory(manager),
  ): Promise<ReportWarning[]> {
    const warnings: ReportWarning[] = [];
    const aboveTarget = await this.reachedAboveTarget(history, reportId, checked);
    if (aboveTarget) warnings.push(aboveTarget);
    const outlier = await this.outlier(history, reportId, checked);
    if (outlier) warnings.push(outlier);
    return warnings;
  }

  private async reachedAboveTarget(
    history: ReportHistory,
    reportId: string,
    { content, indicator, planYear }: CheckedReport,
  ): Promise<ReportWarning | undefined> {
    const target = await history.targetQuantity(content, planYear);
    if (target === undefined) return undefined;
    const months = withReport(await history.monthTotals(reportId, content, { planYear }), content);
    const reached = yearlyFigure(indicator.aggregation, months);
    if (reached <= target) return undefined;
    return {
      code: ReportWarningCode.ReachedAboveTarget,
      field: 'input.quantity',
      message:
        `${formatNumber(reached)} reached in ${planYear} (${indicator.aggregation}) is above the target of ` +
        `${target} for ${content.indicatorCode} at ${content.pcode}`,
    };
  }

  private async outlier(
    history: ReportHistory,
    reportId: string,
    { content }: CheckedReport,
  ): Promise<ReportWarning | undefined> {
    const earlier = await history.monthTotals(reportId, content, { before: content.month });
    const usual = earlier
      .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0)) // YYYY-MM: text order is time order
      .slice(0, OUTLIER_HISTORY_MONTHS)
      .map((month) => month.quantity);
    const [sameMonth] = await history.monthTotals(reportId, content, { month: content.month });
    const value = (sameMonth?.quantity ?? 0) + content.quantity;
    const typical = outlierMedian(value, usual);
    if (typical === undefined) return undefined;
    return {
      code: ReportWarningCode.QuantityOutlier,
      field: 'input.quantity',
      message:
        `${value} in ${content.month} is more than three times the partner’s usual ${formatNumber(typical)} a month ` +
        `for ${content.indicatorCode} at ${content.pcode}; please check it`,
    };
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
