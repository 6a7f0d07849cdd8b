/** RFC 5545 day codes, as HSDS schedules use them in `byday`. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Peru keeps UTC-5 all year (no daylight saving since 1994), so a fixed offset is exact. */
export const LIMA_UTC_OFFSET_HOURS = -5;

export interface LimaWallClock {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** HH:MM:SS */
  time: string;
}

const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** What a clock on a wall in Lima (America/Lima) shows at `instant`: schedules are written in it. */
export function limaWallClock(instant: Date): LimaWallClock {
  const shifted = new Date(instant.getTime() + LIMA_UTC_OFFSET_HOURS * 3_600_000);
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), weekday: WEEKDAY_BY_UTC_DAY[shifted.getUTCDay()], time: iso.slice(11, 19) };
}

/** `09:30:00` -> `09:30-05:00`: HSDS asks for the offset with every opening time. */
export function withLimaOffset(time: string): string {
  return `${time.slice(0, 5)}-05:00`;
}
