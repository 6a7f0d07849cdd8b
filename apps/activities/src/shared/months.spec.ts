import { currentLimaMonth, lastDayOf, planYearOf } from './months';

describe('months', () => {
  it('takes the month on a clock in Lima, five hours behind UTC', () => {
    expect(currentLimaMonth(new Date('2025-04-01T04:59:59Z'))).toBe('2025-03');
    expect(currentLimaMonth(new Date('2025-04-01T05:00:00Z'))).toBe('2025-04');
  });

  it('knows the last day of every month, leap years included', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2025-12')).toBe('2025-12-31');
    expect(lastDayOf('2025-04')).toBe('2025-04-30');
  });

  it('reads the plan year from the month', () => {
    expect(planYearOf('2026-01')).toBe(2026);
  });
});
