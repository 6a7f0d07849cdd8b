import type { LocalizedText } from '../localized-text';
import type { SectorCode, SubSectorCode } from './sector-codes';
import type { PlanYearSectors, SectorDefinition } from './sector-definition';

/** How a plan-year file declares a sector: sub-sectors are nested, so their parent cannot be mistyped. */
export interface SectorDeclaration {
  readonly code: SectorCode;
  readonly names: LocalizedText;
  readonly crossSector?: boolean;
  readonly subSectors?: readonly { readonly code: SubSectorCode; readonly names: LocalizedText }[];
}

function duplicates(codes: readonly string[]): string[] {
  return codes.filter((code, index) => codes.indexOf(code) !== index);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Builds and checks one plan year's sector list. The result is frozen because every service shares
 * the same objects through the lookups; a consumer mutating one would change everybody's taxonomy.
 */
export function definePlanYear(planYear: number, declarations: readonly SectorDeclaration[]): PlanYearSectors {
  if (!Number.isInteger(planYear)) {
    throw new Error(`Plan year must be a whole number, got ${planYear}`);
  }
  const sectors: SectorDefinition[] = declarations.map((declaration) => ({
    code: declaration.code,
    names: { ...declaration.names },
    crossSector: declaration.crossSector ?? false,
    subSectors: (declaration.subSectors ?? []).map((subSector) => ({
      code: subSector.code,
      sector: declaration.code,
      names: { ...subSector.names },
    })),
  }));

  const repeatedSectors = duplicates(sectors.map((sector) => sector.code));
  if (repeatedSectors.length > 0) {
    throw new Error(`Plan year ${planYear} lists sector ${repeatedSectors.join(', ')} more than once`);
  }
  // Sub-sector codes must be unique across sectors: `subSector(code, planYear)` finds them by code alone.
  const repeatedSubSectors = duplicates(sectors.flatMap((sector) => sector.subSectors.map((sub) => sub.code)));
  if (repeatedSubSectors.length > 0) {
    throw new Error(`Plan year ${planYear} lists sub-sector ${repeatedSubSectors.join(', ')} more than once`);
  }
  return deepFreeze({ planYear, sectors });
}
