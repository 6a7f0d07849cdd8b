import type { LocalizedText } from '../localized-text';
import type { SectorCode, SubSectorCode } from './sector-codes';

export interface SubSectorDefinition {
  readonly code: SubSectorCode;
  /** The sector the sub-sector belongs to in this plan year. */
  readonly sector: SectorCode;
  readonly names: LocalizedText;
}

export interface SectorDefinition {
  readonly code: SectorCode;
  readonly names: LocalizedText;
  /**
   * A cross-sector modality (multipurpose cash) rather than a sector with its own needs analysis,
   * so intersectoral figures such as the maximum people in need over sectors leave it out.
   */
  readonly crossSector: boolean;
  readonly subSectors: readonly SubSectorDefinition[];
}

/** The complete list of sectors of one plan year; never edited once the year is published. */
export interface PlanYearSectors {
  readonly planYear: number;
  readonly sectors: readonly SectorDefinition[];
}
