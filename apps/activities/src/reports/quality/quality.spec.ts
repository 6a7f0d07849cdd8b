import { median, outlierMedian } from './outliers';
import { withReport, yearlyFigure, type MonthTotal } from './yearly-figure';

const months: MonthTotal[] = [
  { month: '2025-01', quantity: 100, newBeneficiaries: 100, reports: 2 },
  { month: '2025-02', quantity: 120, newBeneficiaries: 30, reports: 1 },
  { month: '2025-03', quantity: 80, newBeneficiaries: 10, reports: 1 },
];

describe('yearly figures', () => {
  it('never sums monthly people: unique people are the sum of the new ones', () => {
    expect(yearlyFigure('UNIQUE_CUMULATIVE', months)).toBe(140);
  });

  it.each<[Parameters<typeof yearlyFigure>[0], number]>([
    ['SUM', 300],
    ['AVERAGE', 100],
    ['COUNT', 4],
    ['LAST_VALUE', 80],
  ])('aggregates by %s', (aggregation, expected) => {
    expect(yearlyFigure(aggregation, months)).toBe(expected);
  });

  it('adds a report to the month it belongs to', () => {
    const added = withReport(months, { month: '2025-03', quantity: 20, newBeneficiaries: 5 });
    expect(added.find((month) => month.month === '2025-03')).toEqual({
      month: '2025-03',
      quantity: 100,
      newBeneficiaries: 15,
      reports: 2,
    });
    expect(withReport([], { month: '2025-04', quantity: 7, newBeneficiaries: null })).toEqual([
      { month: '2025-04', quantity: 7, newBeneficiaries: 0, reports: 1 },
    ]);
  });
});

describe('outliers', () => {
  it('takes the median of odd and even histories', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('flags a value above three times the median once there are three months to compare with', () => {
    expect(outlierMedian(1000, [100, 120, 90])).toBe(100);
    expect(outlierMedian(300, [100, 120, 90])).toBeUndefined();
    expect(outlierMedian(1000, [100, 120])).toBeUndefined();
    expect(outlierMedian(5, [0, 0, 0])).toBeUndefined();
  });
});
