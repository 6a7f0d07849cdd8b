/** The places a coverage table reports at; each names the fact column holding the place at that level. */
export const COVERAGE_LEVELS = ['NATIONAL', 'DEPARTMENT', 'PROVINCE', 'DISTRICT'] as const;

export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface CoverageQuery {
  planYear: number;
  monthFrom: number;
  monthTo: number;
  sector: string | null;
  level: CoverageLevel;
  /** Only places inside this one (any level); null for the whole country. */
  parentPcode: string | null;
  /** Null adds up every population group (they are different people). */
  populationGroup: string | null;
}

export interface SexAgeCounts {
  girls: number;
  boys: number;
  women: number;
  men: number;
  unknown: number;
}

/** One sector at one place over the query's months, as the read model computes it. */
export interface CoverageFigures {
  pcode: string;
  sector: string;
  peopleInNeed: number | null;
  targeted: number | null;
  reachedMonthly: number;
  reachedMonthlyCells: SexAgeCounts;
  reachedConsolidated: number;
  consolidatedIsUpperBound: boolean;
  partnersPresent: number;
}
