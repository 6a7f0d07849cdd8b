/** Stable codes: callers branch on them and API errors carry them, so never rename. */
export const TaxonomyProblemCodes = {
  unknownPlanYear: 'TAXONOMY.UNKNOWN_PLAN_YEAR',
  unknownSector: 'TAXONOMY.UNKNOWN_SECTOR',
  unknownSubSector: 'TAXONOMY.UNKNOWN_SUB_SECTOR',
  subSectorMismatch: 'TAXONOMY.SUB_SECTOR_MISMATCH',
} as const;

export type TaxonomyProblemCode = (typeof TaxonomyProblemCodes)[keyof typeof TaxonomyProblemCodes];

export interface TaxonomyProblem {
  readonly code: TaxonomyProblemCode;
  /** The argument at fault, so an API can point at its own field of the same name. */
  readonly path: 'planYear' | 'sector' | 'subSector';
  readonly message: string;
}
