import { domainError } from '@coordination/graphql';

/** Stable codes of targets; clients branch on them, so they are never renamed. */
export const TargetErrorCode = {
  UnknownIndicator: 'TARGET.UNKNOWN_INDICATOR',
  UnknownPlace: 'TARGET.UNKNOWN_PLACE',
  UnknownOrganisation: 'TARGET.UNKNOWN_ORGANISATION',
} as const;

export const TargetErrors = {
  unknownIndicator: (code: string, planYear: number) =>
    domainError(
      TargetErrorCode.UnknownIndicator,
      `No indicator ${code} in plan year ${planYear}`,
      'input.indicatorCode',
    ),
  unknownPlace: (pcode: string, planYear: number) =>
    domainError(
      TargetErrorCode.UnknownPlace,
      `${pcode} is not the P-code of a Peruvian department, province or district in ${planYear}`,
      'input.pcode',
    ),
  unknownOrganisation: (id: string) =>
    domainError(
      TargetErrorCode.UnknownOrganisation,
      `No active organisation with id ${id} is known to the 4W service`,
      'input.organisationId',
    ),
};
