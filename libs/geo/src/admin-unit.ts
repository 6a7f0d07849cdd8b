/** Administrative levels of Peru, from the largest to the smallest. */
export const ADMIN_LEVELS = ['department', 'province', 'district'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** A date as `YYYY-MM-DD`; plain strings compare in calendar order. */
export type IsoDate = string;

/**
 * One administrative unit (department, province or district) for one period of validity.
 * A unit that is retired keeps its record with a `validTo`, so old records that cite it still resolve.
 */
export interface AdminUnit {
  /** `PE` + INEI code without trailing `00` pairs: `PE15`, `PE1501`, `PE150101`. */
  readonly pcode: string;
  readonly level: AdminLevel;
  /** Six-digit INEI UBIGEO, as in the CSV `inei` column (`150000` for the department of Lima). */
  readonly ineiCode: string;
  /** Six-digit RENIEC UBIGEO; null where the source has none yet (a district too new for RENIEC). */
  readonly reniecCode: string | null;
  /** Display name in Spanish title case, accented where the source data shows the accents. */
  readonly name: string;
  /** `name` without diacritics (ñ becomes n), for search and for systems that only take ASCII. */
  readonly nameAscii: string;
  /** The unit one level up; null for departments. */
  readonly parentPcode: string | null;
  readonly departmentPcode: string;
  /**
   * The source's `region` column, verbatim. It equals the department's name except in Lima, whose
   * province of Lima is `LIMA PROVINCIA` and whose other provinces are `LIMA REGION`. Null for the
   * department of Lima, which spans both.
   */
  readonly region: string | null;
  /** ISO 3166-2 subdivision; the province of Lima and its districts carry `PE-LMA`, the rest of Lima `PE-LIM`. */
  readonly iso3166_2: string;
  /** First day the unit is valid. */
  readonly validFrom: IsoDate;
  /** Last day the unit is valid (inclusive); null while it is current. */
  readonly validTo: IsoDate | null;
}

/** 0 for departments, 1 for provinces, 2 for districts. */
export function levelDepth(level: AdminLevel): number {
  return ADMIN_LEVELS.indexOf(level);
}

/** Departments first, then provinces, then districts; by P-code within a level. */
export function compareUnits(a: AdminUnit, b: AdminUnit): number {
  return levelDepth(a.level) - levelDepth(b.level) || a.pcode.localeCompare(b.pcode);
}
