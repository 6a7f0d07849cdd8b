/** A calendar month as `YYYY-MM`; such strings sort in calendar order. */
export type Month = string;

/** Peru keeps UTC-5 all year, so "this month" for partners is the month on a clock in Lima. */
const LIMA_UTC_OFFSET_MS = -5 * 3_600_000;

export function currentLimaMonth(now: Date = new Date()): Month {
  return new Date(now.getTime() + LIMA_UTC_OFFSET_MS).toISOString().slice(0, 7);
}

/** Reports of a month are read in the sector taxonomy of that month's year. */
export function planYearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

export function firstDayOf(month: Month): string {
  return `${month}-01`;
}

export function lastDayOf(month: Month): string {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

export function firstMonthOf(planYear: number): Month {
  return `${planYear}-01`;
}

export function lastMonthOf(planYear: number): Month {
  return `${planYear}-12`;
}
