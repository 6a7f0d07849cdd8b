/** Peru keeps UTC-5 all year, so "today" for the working group is the day on a clock in Lima. */
const LIMA_UTC_OFFSET_MS = -5 * 3_600_000;

/** A calendar day as `YYYY-MM-DD`; such strings sort in calendar order. */
export type IsoDay = string;

export function todayInLima(now: Date = new Date()): IsoDay {
  return new Date(now.getTime() + LIMA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar day written as `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** PostgreSQL `date` columns come back as `YYYY-MM-DD` strings or as Dates depending on the driver's parsers. */
export function asIsoDay(value: string | Date): IsoDay {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
