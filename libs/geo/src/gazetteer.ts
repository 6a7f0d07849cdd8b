import { ADMIN_LEVELS, compareUnits, levelDepth, type AdminLevel, type AdminUnit, type IsoDate } from './admin-unit';
import { deriveGroupings, isInGrouping, type Grouping, type GroupingCode } from './groupings';
import { loadUnitsFromDataDir } from './loading/load-units';
import { NameIndex } from './name-index';
import { COUNTRY_PREFIX, isInsidePcode, isPcode, pcodeFromIneiCode, toSixDigitCode } from './pcode';
import { resolveInput, type ResolveLookups, type ResolveOptions } from './resolve';
import type { NameMatch, ResolveResult } from './results';
import { assertConsistentUnits } from './unit-checks';
import { isValidOn, toIsoDate, versionValidOn, type AsOf } from './validity';

export interface LookupOptions {
  /** The day the lookup refers to; today by default. Only units valid on that day are returned. */
  readonly asOf?: AsOf;
}

export interface NameLookupOptions extends LookupOptions {
  readonly level?: AdminLevel;
  /** Only units inside this unit, at any depth (a district can be looked up within its department). */
  readonly parentPcode?: string;
}

/**
 * Peru's departments, provinces and districts with their codes, names and validity, indexed for cheap
 * repeated lookups. Build it once (see `loadGazetteer`) and share it: it is read-only after construction.
 */
export class Gazetteer {
  private readonly versionsByPcode = new Map<string, AdminUnit[]>();
  private readonly versionsByReniecCode = new Map<string, AdminUnit[]>();
  private readonly childrenByPcode = new Map<string, AdminUnit[]>();
  private readonly nameIndex: NameIndex;
  private readonly groupingsByCode: ReadonlyMap<GroupingCode, Grouping>;
  private readonly resolveLookups: ResolveLookups;

  /** @param units every version of every unit; checked for consistency (throws on a contradiction). */
  constructor(units: Iterable<AdminUnit>) {
    const unitList = [...units].sort(compareUnits);
    assertConsistentUnits(unitList);
    for (const unit of unitList) {
      append(this.versionsByPcode, unit.pcode, unit);
      if (unit.reniecCode !== null) append(this.versionsByReniecCode, unit.reniecCode, unit);
      if (unit.parentPcode !== null) append(this.childrenByPcode, unit.parentPcode, unit);
    }
    this.nameIndex = new NameIndex(unitList);
    this.groupingsByCode = new Map(deriveGroupings(unitList).map((grouping) => [grouping.code, grouping]));
    this.resolveLookups = {
      byPcode: (pcode, asOf) => versionValidOn(this.versionsByPcode.get(pcode), asOf),
      byIneiCode: (code, asOf) => this.byIneiCode(code, { asOf }),
      byReniecCode: (code, asOf) => this.byReniecCode(code, { asOf }),
      matchName: (name, accept) => this.nameIndex.match(name, accept),
    };
  }

  /** Reads the CSVs of `libs/geo/data` (or `dataDir`); rows the source leaves without an INEI code are left out. */
  static fromDataDir(dataDir?: string): Gazetteer {
    return new Gazetteer(loadUnitsFromDataDir(dataDir).units);
  }

  byPcode(pcode: string, options: LookupOptions = {}): AdminUnit | undefined {
    return versionValidOn(this.versionsByPcode.get(pcode), toIsoDate(options.asOf));
  }

  /** Accepts `15`, `1501`, `150101` and the padded forms `150000`, `150100`. */
  byIneiCode(code: string, options: LookupOptions = {}): AdminUnit | undefined {
    const sixDigits = toSixDigitCode(code);
    if (sixDigits === undefined || sixDigits.startsWith('00')) return undefined;
    return this.byPcode(pcodeFromIneiCode(sixDigits), options);
  }

  /** Same forms as {@link byIneiCode}, in RENIEC coding (Callao is `24` in RENIEC, `07` in INEI). */
  byReniecCode(code: string, options: LookupOptions = {}): AdminUnit | undefined {
    const sixDigits = toSixDigitCode(code);
    if (sixDigits === undefined) return undefined;
    return versionValidOn(this.versionsByReniecCode.get(sixDigits), toIsoDate(options.asOf));
  }

  /** The units one level down, sorted by P-code. */
  children(pcode: string, options: LookupOptions = {}): AdminUnit[] {
    const asOf = toIsoDate(options.asOf);
    return (this.childrenByPcode.get(pcode) ?? []).filter((unit) => isValidOn(unit, asOf));
  }

  /** The units containing this one, department first; empty for a department or an unknown P-code. */
  ancestors(pcode: string, options: LookupOptions = {}): AdminUnit[] {
    const asOf = toIsoDate(options.asOf);
    const unit = this.validVersion(pcode, asOf);
    if (unit === undefined) return [];
    return ADMIN_LEVELS.slice(0, levelDepth(unit.level)).flatMap((level) => {
      const ancestor = this.validVersion(pcodePrefix(pcode, level), asOf);
      return ancestor === undefined ? [] : [ancestor];
    });
  }

  departmentOf(pcode: string, options: LookupOptions = {}): AdminUnit | undefined {
    return this.rollUp(pcode, 'department', options);
  }

  /** The unit at `level` that contains this one (itself at its own level); undefined below its level. */
  rollUp(pcode: string, level: AdminLevel, options: LookupOptions = {}): AdminUnit | undefined {
    const asOf = toIsoDate(options.asOf);
    const unit = this.validVersion(pcode, asOf);
    if (unit === undefined || levelDepth(level) > levelDepth(unit.level)) return undefined;
    return this.validVersion(pcodePrefix(pcode, level), asOf);
  }

  /** Name lookup that ignores accents, case, punctuation and spacing: `san martin` finds `San Martín`. */
  findByName(name: string, options: NameLookupOptions = {}): NameMatch {
    const asOf = toIsoDate(options.asOf);
    const { level, parentPcode } = options;
    return this.nameIndex.match(
      name,
      (unit) =>
        isValidOn(unit, asOf) &&
        (level === undefined || unit.level === level) &&
        (parentPcode === undefined || isInsidePcode(unit.pcode, parentPcode)),
    );
  }

  /** One entry point for imports; see {@link resolveInput}. Never throws on bad input: it returns an error result. */
  resolve(input: unknown, options: ResolveOptions = {}): ResolveResult {
    return resolveInput(input, options, this.resolveLookups);
  }

  /** Units of a level (all levels when omitted) valid on the day, departments first, then by P-code. */
  list(level?: AdminLevel, options: LookupOptions = {}): AdminUnit[] {
    const asOf = toIsoDate(options.asOf);
    const units: AdminUnit[] = [];
    for (const versions of this.versionsByPcode.values()) {
      const unit = versionValidOn(versions, asOf);
      if (unit !== undefined && (level === undefined || unit.level === level)) units.push(unit);
    }
    return units;
  }

  count(level: AdminLevel, options: LookupOptions = {}): number {
    return this.list(level, options).length;
  }

  groupings(): Grouping[] {
    return [...this.groupingsByCode.values()];
  }

  /** The member units of a grouping valid on the day (provinces and departments, not their districts). */
  unitsInGrouping(code: GroupingCode, options: LookupOptions = {}): AdminUnit[] {
    const grouping = this.groupingsByCode.get(code);
    if (grouping === undefined) return [];
    return grouping.memberPcodes.flatMap((pcode) => this.byPcode(pcode, options) ?? []);
  }

  /** The groupings the unit belongs to, as a member or by lying inside a member. */
  groupingsOf(pcode: string): GroupingCode[] {
    return this.groupings()
      .filter((grouping) => isInGrouping(grouping, pcode))
      .map((grouping) => grouping.code);
  }

  private validVersion(pcode: string, asOf: IsoDate): AdminUnit | undefined {
    return isPcode(pcode) ? versionValidOn(this.versionsByPcode.get(pcode), asOf) : undefined;
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

/** The P-code of the unit at `level` above (or at) the one given: `PE150101` at province -> `PE1501`. */
function pcodePrefix(pcode: string, level: AdminLevel): string {
  return pcode.slice(0, COUNTRY_PREFIX.length + 2 * (levelDepth(level) + 1));
}
