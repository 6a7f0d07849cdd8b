import { PLAN_YEAR_2022 } from './plan-years/plan-year-2022';
import { PLAN_YEAR_2025 } from './plan-years/plan-year-2025';
import { PLAN_YEAR_2026 } from './plan-years/plan-year-2026';
import { SectorTaxonomy } from './sector-taxonomy';

/** The platform's sector taxonomy. Register a new plan year here (see the README). */
export const SECTOR_TAXONOMY = new SectorTaxonomy([PLAN_YEAR_2022, PLAN_YEAR_2025, PLAN_YEAR_2026]);

// Plain functions over the platform taxonomy, so callers need not pass the instance around.
export const planYears = SECTOR_TAXONOMY.planYears.bind(SECTOR_TAXONOMY);
export const sectorsFor = SECTOR_TAXONOMY.sectorsFor.bind(SECTOR_TAXONOMY);
export const sector = SECTOR_TAXONOMY.sector.bind(SECTOR_TAXONOMY);
export const subSector = SECTOR_TAXONOMY.subSector.bind(SECTOR_TAXONOMY);
export const checkSectorPair = SECTOR_TAXONOMY.checkSectorPair.bind(SECTOR_TAXONOMY);
export const isValidSectorPair = SECTOR_TAXONOMY.isValidSectorPair.bind(SECTOR_TAXONOMY);
