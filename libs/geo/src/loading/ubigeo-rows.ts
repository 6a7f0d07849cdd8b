import type { AdminLevel } from '../admin-unit';
import { parseCsvRecords } from './csv';

/** The files of `libs/geo/data` this library reads, by purpose. */
export const UBIGEO_FILES: Record<AdminLevel, string> = {
  department: 'ubigeo_departamento.csv',
  province: 'ubigeo_provincia.csv',
  district: 'ubigeo_distrito.csv',
};

/** The column that holds a unit's own name in each file. */
const NAME_COLUMN: Record<AdminLevel, string> = {
  department: 'departamento',
  province: 'provincia',
  district: 'distrito',
};

/** The source writes missing values as the R literal `NA`. */
const MISSING = 'NA';

/** The columns of one CSV record that the gazetteer uses, with `NA` turned into null. */
export interface UbigeoRow {
  readonly level: AdminLevel;
  readonly ineiCode: string | null;
  readonly reniecCode: string | null;
  /** Upper case, mostly without accents (`SAN MARTIN`, `CAÑETE`, `UNION ASHÁNINKA`). */
  readonly upperName: string;
  /** The capital's name, accented and in title case; null for recent districts the source leaves blank. */
  readonly capital: string | null;
  /** Absent from the department file. */
  readonly region: string | null;
  readonly iso3166_2: string;
}

export function parseUbigeoCsv(level: AdminLevel, text: string): UbigeoRow[] {
  return parseCsvRecords(text).map((record) => ({
    level,
    ineiCode: valueOrNull(record['inei']),
    reniecCode: valueOrNull(record['reniec']),
    upperName: requiredValue(record, NAME_COLUMN[level]),
    capital: valueOrNull(record['capital']),
    region: valueOrNull(record['region']),
    iso3166_2: requiredValue(record, 'iso_3166_2'),
  }));
}

function valueOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' || trimmed === MISSING ? null : trimmed;
}

function requiredValue(record: Record<string, string>, column: string): string {
  const value = valueOrNull(record[column]);
  if (value === null) throw new SyntaxError(`Column '${column}' is missing or empty in ${JSON.stringify(record)}`);
  return value;
}
