import type { AdminLevel, AdminUnit, IsoDate } from '../admin-unit';
import { createAdminUnit } from '../create-admin-unit';
import { departmentPcodeOf, levelOfPcode, pcodeFromIneiCode } from '../pcode';
import { AccentDictionary } from '../text/accent-dictionary';
import { collapseWhitespace, spanishDisplayName } from '../text/spanish-name';
import type { NameAmendment, ValidityAmendment } from './amendments';
import type { UbigeoRow } from './ubigeo-rows';

/**
 * Start of validity for every unit in the upstream CSVs. The source does not say when each unit was
 * created, only that the list holds as of its reference year (its population densities are for 2020),
 * so we vouch for each unit from the start of that year; lookups with an earlier `asOf` find nothing
 * rather than guess. A unit whose true dates are known gets them in `unit_validity.csv`.
 */
export const DATASET_VALID_FROM: IsoDate = '2020-01-01';

const SIX_DIGITS = /^\d{6}$/;

/** A source row left out of the gazetteer, and why. */
export interface SkippedRow {
  readonly level: AdminLevel;
  readonly upperName: string;
  readonly ineiCode: string | null;
  readonly reniecCode: string | null;
  readonly reason: string;
}

export interface BuiltUnits {
  readonly units: AdminUnit[];
  readonly skipped: SkippedRow[];
}

export interface Amendments {
  readonly validity: readonly ValidityAmendment[];
  readonly names: readonly NameAmendment[];
}

interface CodedRow {
  readonly row: UbigeoRow;
  readonly ineiCode: string;
  readonly pcode: string;
}

/** Turns the CSV rows into units: P-codes, parents, display names and validity. */
export function buildAdminUnits(rows: readonly UbigeoRow[], amendments: Amendments): BuiltUnits {
  const dictionary = AccentDictionary.fromTexts(rows.flatMap((row) => (row.capital === null ? [] : [row.capital])));
  const validityByPcode = indexByPcode(amendments.validity, 'unit_validity.csv');
  const nameByPcode = indexByPcode(amendments.names, 'name_overrides.csv');
  const skipped: SkippedRow[] = [];
  const coded: CodedRow[] = [];
  for (const row of rows) {
    const { level, upperName, ineiCode, reniecCode } = row;
    if (ineiCode === null) {
      // The P-code is made from the INEI code; inventing one would give the unit an identity INEI may not.
      skipped.push({ level, upperName, ineiCode, reniecCode, reason: 'no INEI code in the source, so no P-code' });
      continue;
    }
    coded.push({ row, ineiCode, pcode: checkedPcode(row, ineiCode) });
  }
  const departmentRegions = regionsOfDepartments(coded);
  const units = coded.map(({ row, ineiCode, pcode }) => {
    if (row.reniecCode !== null && !SIX_DIGITS.test(row.reniecCode)) {
      throw new SyntaxError(`${row.upperName}: RENIEC code '${row.reniecCode}' is not six digits`);
    }
    const validity = validityByPcode.get(pcode);
    return createAdminUnit({
      ineiCode,
      reniecCode: row.reniecCode,
      name: nameByPcode.get(pcode)?.name ?? displayNameOf(row, dictionary),
      region: row.level === 'department' ? (departmentRegions.get(pcode) ?? null) : row.region,
      iso3166_2: row.iso3166_2,
      validFrom: validity?.validFrom ?? DATASET_VALID_FROM,
      validTo: validity?.validTo ?? null,
    });
  });
  assertAmendmentsMatchUnits([...validityByPcode.keys(), ...nameByPcode.keys()], units);
  return { units, skipped };
}

/** The capital is often the same place as the unit, so its accented spelling is the best accent donor. */
function displayNameOf(row: UbigeoRow, dictionary: AccentDictionary): string {
  return spanishDisplayName(row.upperName, row.capital === null ? [] : [collapseWhitespace(row.capital)], dictionary);
}

function checkedPcode(row: UbigeoRow, ineiCode: string): string {
  if (!SIX_DIGITS.test(ineiCode)) throw new SyntaxError(`${row.upperName}: INEI code '${ineiCode}' is not six digits`);
  const pcode = pcodeFromIneiCode(ineiCode);
  if (levelOfPcode(pcode) !== row.level) {
    throw new SyntaxError(`${row.upperName}: INEI code ${ineiCode} is not a ${row.level} code`);
  }
  return pcode;
}

/**
 * The department file has no region column; a department takes the one region its provinces share.
 * Lima's provinces are split between `LIMA PROVINCIA` and `LIMA REGION`, so Lima gets none.
 */
function regionsOfDepartments(coded: readonly CodedRow[]): Map<string, string | null> {
  const regions = new Map<string, Set<string>>();
  for (const { row, pcode } of coded) {
    if (row.level !== 'province' || row.region === null) continue;
    const department = departmentPcodeOf(pcode);
    regions.set(department, (regions.get(department) ?? new Set()).add(row.region));
  }
  return new Map([...regions].map(([department, set]) => [department, set.size === 1 ? [...set][0] : null]));
}

function indexByPcode<T extends { pcode: string }>(amendments: readonly T[], file: string): Map<string, T> {
  const index = new Map<string, T>();
  for (const amendment of amendments) {
    if (index.has(amendment.pcode)) throw new SyntaxError(`${file}: ${amendment.pcode} appears twice`);
    index.set(amendment.pcode, amendment);
  }
  return index;
}

function assertAmendmentsMatchUnits(pcodes: readonly string[], units: readonly AdminUnit[]): void {
  const known = new Set(units.map((unit) => unit.pcode));
  const unknown = pcodes.filter((pcode) => !known.has(pcode));
  if (unknown.length > 0) throw new SyntaxError(`Amendments name unknown P-codes: ${unknown.join(', ')}`);
}
