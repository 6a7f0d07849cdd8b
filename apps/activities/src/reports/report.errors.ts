import { GraphQLError } from 'graphql';
import { domainError } from '@coordination/graphql';

/** Stable codes of activity reports; clients branch on them, so they are never renamed. */
export const ReportErrorCode = {
  NotFound: 'REPORT.NOT_FOUND',
  IdConflict: 'REPORT.ID_CONFLICT',
  UnknownOrganisation: 'REPORT.UNKNOWN_ORGANISATION',
  UnknownIndicator: 'REPORT.UNKNOWN_INDICATOR',
  IndicatorSectorMismatch: 'REPORT.INDICATOR_SECTOR_MISMATCH',
  ModalityNotAllowed: 'REPORT.MODALITY_NOT_ALLOWED',
  UnknownPlace: 'REPORT.UNKNOWN_PLACE',
  MonthInFuture: 'REPORT.MONTH_IN_FUTURE',
  NotPeopleIndicator: 'REPORT.NOT_PEOPLE_INDICATOR',
  DisaggregationRequired: 'REPORT.DISAGGREGATION_REQUIRED',
  NewBeneficiariesRequired: 'REPORT.NEW_BENEFICIARIES_REQUIRED',
  NewExceedsReached: 'REPORT.NEW_EXCEEDS_REACHED',
  NotEditable: 'REPORT.NOT_EDITABLE',
  InvalidTransition: 'REPORT.INVALID_TRANSITION',
  NotDeletable: 'REPORT.NOT_DELETABLE',
  VersionConflict: 'REPORT.VERSION_CONFLICT',
} as const;

export interface ReportProblem {
  code: string;
  field: string;
  message: string;
}

/**
 * Several problems found at once (e.g. cells that are negative and missing): the first names the
 * error's code and field, like every domain error, and `problems` lists them all.
 */
export function reportRejected(problems: readonly ReportProblem[]): GraphQLError {
  const [first] = problems;
  return new GraphQLError(problems.map((problem) => problem.message).join('; '), {
    extensions: { code: first.code, field: first.field, problems },
  });
}

export const ReportErrors = {
  notFound: (id: string, field = 'input.id') =>
    domainError(ReportErrorCode.NotFound, `No activity report with id ${id}`, field),
  idConflict: (id: string, reason: string) =>
    domainError(ReportErrorCode.IdConflict, `Report ${id} ${reason}; choose a new id`, 'input.id'),
  unknownOrganisation: (id: string, field: string, merged: boolean) =>
    domainError(
      ReportErrorCode.UnknownOrganisation,
      merged
        ? `Organisation ${id} was merged into another; report under the surviving organisation`
        : `No active organisation with id ${id} is known to the 4W service`,
      field,
    ),
  unknownIndicator: (code: string, planYear: number) =>
    domainError(
      ReportErrorCode.UnknownIndicator,
      `No indicator ${code} in plan year ${planYear}`,
      'input.indicatorCode',
    ),
  indicatorSectorMismatch: (code: string, indicatorSector: string, reportSector: string) =>
    domainError(
      ReportErrorCode.IndicatorSectorMismatch,
      `Indicator ${code} belongs to ${indicatorSector}, not to ${reportSector}`,
      'input.indicatorCode',
    ),
  modalityNotAllowed: (modality: string, code: string, allowed: readonly string[]) =>
    domainError(
      ReportErrorCode.ModalityNotAllowed,
      `Indicator ${code} is delivered as ${allowed.join(' or ')}, not ${modality}`,
      'input.modality',
    ),
  unknownPlace: (pcode: string, month: string) =>
    domainError(
      ReportErrorCode.UnknownPlace,
      `${pcode} is not the P-code of a Peruvian department, province or district in ${month}`,
      'input.pcode',
    ),
  monthInFuture: (month: string, current: string) =>
    domainError(
      ReportErrorCode.MonthInFuture,
      `Month ${month} has not started yet (it is ${current} in Peru)`,
      'input.month',
    ),
  notPeopleIndicator: (code: string, field: string) =>
    domainError(
      ReportErrorCode.NotPeopleIndicator,
      `Indicator ${code} does not count people; leave out ${field.replace('input.', '')}`,
      field,
    ),
  disaggregationRequired: (code: string) =>
    domainError(
      ReportErrorCode.DisaggregationRequired,
      `Indicator ${code} needs the people split into girls, boys, women, men and unknown`,
      'input.cells',
    ),
  newBeneficiariesRequired: (code: string) =>
    domainError(
      ReportErrorCode.NewBeneficiariesRequired,
      `Indicator ${code} counts people: say how many of them were new to you under it this year (0 if none)`,
      'input.newBeneficiaries',
    ),
  newExceedsReached: (newBeneficiaries: number, quantity: number) =>
    domainError(
      ReportErrorCode.NewExceedsReached,
      `${newBeneficiaries} new people cannot be more than the ${quantity} reached`,
      'input.newBeneficiaries',
    ),
  notEditable: (id: string, status: string) =>
    domainError(
      ReportErrorCode.NotEditable,
      `Report ${id} is ${status}; only drafts and returned reports can be edited`,
      'input.id',
    ),
  invalidTransition: (id: string, status: string, action: string) =>
    domainError(ReportErrorCode.InvalidTransition, `Report ${id} is ${status} and cannot be ${action}`, 'input.id'),
  notDeletable: (id: string, status: string) =>
    domainError(ReportErrorCode.NotDeletable, `Report ${id} is ${status}; only drafts can be deleted`, 'input.id'),
  versionConflict: (expected: number, actual: number) =>
    domainError(
      ReportErrorCode.VersionConflict,
      `The report changed since version ${expected} (now ${actual}); reload and retry`,
      'input.expectedVersion',
    ),
};
