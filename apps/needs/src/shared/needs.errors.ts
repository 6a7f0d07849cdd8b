import { domainError } from '@coordination/graphql';

/** Stable codes of the needs service; clients branch on them, so they are never renamed. */
export const NeedsErrorCode = {
  UnknownPlanYear: 'NEEDS.UNKNOWN_PLAN_YEAR',
  UnknownSector: 'NEEDS.UNKNOWN_SECTOR',
  UnknownPlace: 'NEEDS.UNKNOWN_PLACE',
  PlaceTooDetailed: 'NEEDS.PLACE_TOO_DETAILED',
  UnknownOrganisation: 'NEEDS.UNKNOWN_ORGANISATION',
  NegativeFigure: 'NEEDS.NEGATIVE_FIGURE',
  CellsDoNotAddUp: 'NEEDS.CELLS_DO_NOT_ADD_UP',
  SeverityOutOfRange: 'NEEDS.SEVERITY_OUT_OF_RANGE',
  DuplicateFigure: 'NEEDS.DUPLICATE_FIGURE',
  OverlappingPlaces: 'NEEDS.OVERLAPPING_PLACES',
  InvalidPeriod: 'NEEDS.INVALID_PERIOD',
  AssessmentNotFound: 'NEEDS.ASSESSMENT_NOT_FOUND',
  VersionConflict: 'NEEDS.VERSION_CONFLICT',
  SourceRequired: 'NEEDS.SOURCE_REQUIRED',
  AlreadyPublished: 'NEEDS.ALREADY_PUBLISHED',
  IdConflict: 'NEEDS.ID_CONFLICT',
  RoundNotFound: 'NEEDS.ROUND_NOT_FOUND',
  NotPublished: 'NEEDS.NOT_PUBLISHED',
  AlreadySuperseded: 'NEEDS.ALREADY_SUPERSEDED',
  SupersededByItself: 'NEEDS.SUPERSEDED_BY_ITSELF',
  SupersededByOlder: 'NEEDS.SUPERSEDED_BY_OLDER',
  RoundOfOtherAnalysis: 'NEEDS.ROUND_OF_OTHER_ANALYSIS',
  RoundNotCurrent: 'NEEDS.ROUND_NOT_CURRENT',
  RoundOutOfOrder: 'NEEDS.ROUND_OUT_OF_ORDER',
} as const;

export type NeedsErrorCode = (typeof NeedsErrorCode)[keyof typeof NeedsErrorCode];

/** A refusal with its code, message and the input field at fault. */
export function needsError(code: NeedsErrorCode, message: string, field?: string) {
  return domainError(code, message, field);
}
