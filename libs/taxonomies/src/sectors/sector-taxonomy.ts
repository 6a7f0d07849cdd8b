import type { PlanYearSectors, SectorDefinition, SubSectorDefinition } from './sector-definition';
import { TaxonomyError } from './taxonomy-error';
import { TaxonomyProblemCodes, type TaxonomyProblem } from './taxonomy-problem';

interface PlanYearIndex {
  readonly sectors: readonly SectorDefinition[];
  readonly sectorsByCode: ReadonlyMap<string, SectorDefinition>;
  readonly subSectorsByCode: ReadonlyMap<string, SubSectorDefinition>;
}

function indexPlanYear(planYear: PlanYearSectors): PlanYearIndex {
  return {
    sectors: planYear.sectors,
    sectorsByCode: new Map(planYear.sectors.map((sector) => [sector.code, sector])),
    subSectorsByCode: new Map(
      planYear.sectors.flatMap((sector) => sector.subSectors.map((subSector) => [subSector.code, subSector])),
    ),
  };
}

/**
 * Sectors and sub-sectors by plan year. Each year is looked up on its own: a code valid in one year
 * may be unknown in another, and a name may differ between years.
 * Lookups take codes as plain strings because they are meant for validating input.
 */
export class SectorTaxonomy {
  private readonly years: ReadonlyMap<number, PlanYearIndex>;

  constructor(planYears: readonly PlanYearSectors[]) {
    const years = new Map<number, PlanYearIndex>();
    for (const planYear of planYears) {
      if (years.has(planYear.planYear)) {
        throw new Error(`Plan year ${planYear.planYear} is defined more than once`);
      }
      years.set(planYear.planYear, indexPlanYear(planYear));
    }
    this.years = years;
  }

  /** The plan years this taxonomy knows, oldest first. */
  planYears(): readonly number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The sectors of a plan year in their published order. */
  sectorsFor(planYear: number): readonly SectorDefinition[] {
    return this.planYear(planYear).sectors;
  }

  sector(code: string, planYear: number): SectorDefinition {
    const found = this.planYear(planYear).sectorsByCode.get(code);
    if (!found) {
      throw new TaxonomyError(unknownSector(code, planYear));
    }
    return found;
  }

  subSector(code: string, planYear: number): SubSectorDefinition {
    const found = this.planYear(planYear).subSectorsByCode.get(code);
    if (!found) {
      throw new TaxonomyError(unknownSubSector(code, planYear));
    }
    return found;
  }

  /**
   * Why a sector and optional sub-sector cannot be recorded together in a plan year, or `undefined`
   * when they can. A missing sub-sector is valid: not every activity belongs to one.
   */
  checkSectorPair(sector: string, subSector: string | null | undefined, planYear: number): TaxonomyProblem | undefined {
    const year = this.years.get(planYear);
    if (!year) {
      return unknownPlanYear(planYear);
    }
    if (!year.sectorsByCode.has(sector)) {
      return unknownSector(sector, planYear);
    }
    if (subSector === null || subSector === undefined) {
      return undefined;
    }
    const foundSubSector = year.subSectorsByCode.get(subSector);
    if (!foundSubSector) {
      return unknownSubSector(subSector, planYear);
    }
    if (foundSubSector.sector !== sector) {
      return {
        code: TaxonomyProblemCodes.subSectorMismatch,
        path: 'subSector',
        message: `Sub-sector ${subSector} belongs to sector ${foundSubSector.sector}, not ${sector}, in plan year ${planYear}`,
      };
    }
    return undefined;
  }

  /** Whether the pair can be recorded; false for an unknown plan year too. */
  isValidSectorPair(sector: string, subSector: string | null | undefined, planYear: number): boolean {
    return this.checkSectorPair(sector, subSector, planYear) === undefined;
  }

  private planYear(planYear: number): PlanYearIndex {
    const year = this.years.get(planYear);
    if (!year) {
      throw new TaxonomyError(unknownPlanYear(planYear));
    }
    return year;
  }
}

function unknownPlanYear(planYear: number): TaxonomyProblem {
  return { code: TaxonomyProblemCodes.unknownPlanYear, path: 'planYear', message: `Unknown plan year ${planYear}` };
}

function unknownSector(code: string, planYear: number): TaxonomyProblem {
  return {
    code: TaxonomyProblemCodes.unknownSector,
    path: 'sector',
    message: `Unknown sector ${code} in plan year ${planYear}`,
  };
}

function unknownSubSector(code: string, planYear: number): TaxonomyProblem {
  return {
    code: TaxonomyProblemCodes.unknownSubSector,
    path: 'subSector',
    message: `Unknown sub-sector ${code} in plan year ${planYear}`,
  };
}
