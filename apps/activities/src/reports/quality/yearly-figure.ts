import type { AggregationMethod } from '@coordination/contracts';

/** A partner's figures for one indicator at one place in one month (all its reports added). */
export interface MonthTotal {
  month: string;
  quantity: number;
  newBeneficiaries: number;
  reports: number;
}

/**
 * The figure of the year so far, the one a target is set against. Monthly totals of people are never
 * summed (the same person comes back every month): people are counted once through the "new" counts.
 */
export function yearlyFigure(aggregation: AggregationMethod, months: readonly MonthTotal[]): number {
  if (months.length === 0) return 0;
  switch (aggregation) {
    case 'SUM':
      return months.reduce((sum, month) => sum + month.quantity, 0);
    case 'UNIQUE_CUMULATIVE':
      return months.reduce((sum, month) => sum + month.newBeneficiaries, 0);
    case 'COUNT':
      return months.reduce((sum, month) => sum + month.reports, 0);
    case 'AVERAGE':
      return months.reduce((sum, month) => sum + month.quantity, 0) / months.length;
    case 'LAST_VALUE':
      return [...months].sort((a, b) => a.month.localeCompare(b.month)).at(-1)!.quantity;
  }
}

/** Adds one report to the monthly totals (as it will be once saved). */
export function withReport(
  months: readonly MonthTotal[],
  report: { month: string; quantity: number; newBeneficiaries: number | null },
): MonthTotal[] {
  const others = months.filter((month) => month.month !== report.month);
  const same = months.find((month) => month.month === report.month);
  return [
    ...others,
    {
      month: report.month,
      quantity: (same?.quantity ?? 0) + report.quantity,
      newBeneficiaries: (same?.newBeneficiaries ?? 0) + (report.newBeneficiaries ?? 0),
      reports: (same?.reports ?? 0) + 1,
    },
  ];
}
