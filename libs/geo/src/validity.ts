import type { AdminUnit, IsoDate } from './admin-unit';

/** A point in time for a lookup: an ISO date (`2024-03-31`) or a Date (its UTC day is used). */
export type AsOf = IsoDate | Date;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Date rolls 2023-02-30 over to March; a round trip catches impossible days.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The day a lookup refers to; today (UTC) when the caller gives none. */
export function toIsoDate(asOf?: AsOf): IsoDate {
  if (asOf === undefined) return new Date().toISOString().slice(0, 10);
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new RangeError('asOf is an invalid Date');
    return asOf.toISOString().slice(0, 10);
  }
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got '${asOf}'`);
  return asOf;
}

/** Valid on `day` when validFrom <= day <= validTo (both ends inclusive; no validTo = still current). */
export function isValidOn(unit: Pick<AdminUnit, 'validFrom' | 'validTo'>, day: IsoDate): boolean {
  return unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo);
}

/** The version of a unit valid on `day` among the versions that share a code, if any. */
export function versionValidOn(versions: readonly AdminUnit[] | undefined, day: IsoDate): AdminUnit | undefined {
  return versions?.find((unit) => isValidOn(unit, day));
}
