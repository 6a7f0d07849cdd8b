import type { EntityManager } from 'typeorm';
import type { MonthSelection, ReportHistory } from '../../reports/quality/report-history';
import type { MonthTotal } from '../../reports/quality/yearly-figure';

interface Series {
  reportingOrganisationId: string;
  indicatorCode: string;
  pcode: string;
}

const seriesKey = (series: Series) => `${series.reportingOrganisationId}|${series.indicatorCode}|${series.pcode}`;

/**
 * The quality rules' view of the past for an import: the partners' targets and month totals read in
 * two queries, plus each row of the file once it passed, so row 900 is judged against rows 1-899
 * exactly as if they had been entered one by one before it.
 */
export class ImportHistory implements ReportHistory {
  private constructor(
    private readonly targets: Map<string, number>,
    private readonly months: Map<string, Map<string, MonthTotal>>,
  ) {}

  static async load(manager: EntityManager, organisationIds: readonly string[]): Promise<ImportHistory> {
    const targets = new Map<string, number>();
    const months = new Map<string, Map<string, MonthTotal>>();
    const history = new ImportHistory(targets, months);
    if (organisationIds.length === 0) return history;
    const targetRows: {
      organisation_id: string;
      indicator_code: string;
      pcode: string;
      plan_year: number;
      quantity: number;
    }[] = await manager.query(
      `SELECT organisation_id, indicator_code, pcode, plan_year, quantity FROM activity_target
          WHERE organisation_id = ANY($1::uuid[])`,
      [organisationIds],
    );
    for (const row of targetRows) {
      const series = {
        reportingOrganisationId: row.organisation_id,
        indicatorCode: row.indicator_code,
        pcode: row.pcode,
      };
      targets.set(`${seriesKey(series)}|${row.plan_year}`, row.quantity);
    }
    const monthRows: {
      reporting_organisation_id: string;
      indicator_code: string;
      pcode: string;
      month: string;
      quantity: number;
      new_beneficiaries: number;
      reports: number;
    }[] = await manager.query(
      `SELECT reporting_organisation_id, indicator_code, pcode, month, sum(quantity)::int AS quantity,
              coalesce(sum(new_beneficiaries), 0)::int AS new_beneficiaries, count(*)::int AS reports
         FROM activity_report
        WHERE deleted_at IS NULL AND reporting_organisation_id = ANY($1::uuid[])
        GROUP BY reporting_organisation_id, indicator_code, pcode, month`,
      [organisationIds],
    );
    for (const row of monthRows) {
      history.add(
        { reportingOrganisationId: row.reporting_organisation_id, indicatorCode: row.indicator_code, pcode: row.pcode },
        { month: row.month, quantity: row.quantity, newBeneficiaries: row.new_beneficiaries, reports: row.reports },
      );
    }
    return history;
  }

  targetQuantity(series: Series, planYear: number): Promise<number | undefined> {
    return Promise.resolve(this.targets.get(`${seriesKey(series)}|${planYear}`));
  }

  // The import's own rows have ids no stored report has, so there is nothing to leave out.
  monthTotals(_reportId: string, series: Series, selection: MonthSelection): Promise<MonthTotal[]> {
    const totals = [...(this.months.get(seriesKey(series))?.values() ?? [])].filter((total) =>
      'planYear' in selection
        ? total.month.startsWith(`${selection.planYear}-`)
        : 'before' in selection
          ? total.month < selection.before
          : total.month === selection.month,
    );
    return Promise.resolve(totals.map((total) => ({ ...total })));
  }

  /** Counts a row that passed (or a stored month total) into its series. */
  add(series: Series, total: MonthTotal): void {
    const key = seriesKey(series);
    let byMonth = this.months.get(key);
    if (!byMonth) this.months.set(key, (byMonth = new Map()));
    const same = byMonth.get(total.month);
    byMonth.set(total.month, {
      month: total.month,
      quantity: (same?.quantity ?? 0) + total.quantity,
      newBeneficiaries: (same?.newBeneficiaries ?? 0) + total.newBeneficiaries,
      reports: (same?.reports ?? 0) + total.reports,
    });
  }
}
