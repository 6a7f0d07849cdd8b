import type { EntityManager } from 'typeorm';
import type { ReportContent } from '../report-content';
import type { MonthTotal } from './yearly-figure';

/** Which of a partner's months a quality rule looks at. */
export type MonthSelection = { planYear: number } | { before: string } | { month: string };

type SeriesContent = Pick<ReportContent, 'reportingOrganisationId' | 'indicatorCode' | 'pcode'>;

/**
 * What the quality rules read about a partner's other reports of one indicator at one place. A
 * single save queries it; an import answers from figures it loaded once and the rows before it.
 */
export interface ReportHistory {
  targetQuantity(content: SeriesContent, planYear: number): Promise<number | undefined>;
  /** Month totals of the series, the report `reportId` itself left out. */
  monthTotals(reportId: string, content: SeriesContent, selection: MonthSelection): Promise<MonthTotal[]>;
}

interface MonthTotalRow {
  month: string;
  quantity: number;
  new_beneficiaries: number;
  reports: number;
}

function conditionOf(selection: MonthSelection): [string, string | number] {
  if ('planYear' in selection) return ['m.plan_year = $5', selection.planYear];
  if ('before' in selection) return ['m.month < $5', selection.before];
  return ['m.month = $5', selection.month];
}

export function databaseHistory(manager: EntityManager): ReportHistory {
  return {
    async targetQuantity(content, planYear) {
      const [target] = await manager.query(
        `SELECT quantity FROM activity_target
          WHERE organisation_id = $1 AND indicator_code = $2 AND pcode = $3 AND plan_year = $4`,
        [content.reportingOrganisationId, content.indicatorCode, content.pcode, planYear],
      );
      return target?.quantity;
    },
    async monthTotals(reportId, content, selection) {
      const [condition, value] = conditionOf(selection);
      const rows: MonthTotalRow[] = await manager.query(
        `SELECT m.month, sum(m.quantity)::int AS quantity,
                coalesce(sum(m.new_beneficiaries), 0)::int AS new_beneficiaries, count(*)::int AS reports
           FROM activity_report m
          WHERE m.deleted_at IS NULL AND m.id <> $1 AND m.reporting_organisation_id = $2
            AND m.indicator_code = $3 AND m.pcode = $4 AND ${condition}
          GROUP BY m.month`,
        [reportId, content.reportingOrganisationId, content.indicatorCode, content.pcode, value],
      );
      return rows.map((row) => ({
        month: row.month,
        quantity: row.quantity,
        newBeneficiaries: row.new_beneficiaries,
        reports: row.reports,
      }));
    },
  };
}
