import { domainError } from '@coordination/graphql';

export const OrganisationErrorCode = {
  NameTaken: 'ORGANISATION.NAME_TAKEN',
  IdConflict: 'ORGANISATION.ID_CONFLICT',
  NotFound: 'ORGANISATION.NOT_FOUND',
  NotActive: 'ORGANISATION.NOT_ACTIVE',
  IdentifierTaken: 'ORGANISATION.IDENTIFIER_TAKEN',
  UnknownRegion: 'ORGANISATION.UNKNOWN_REGION',
  InvalidParent: 'ORGANISATION.INVALID_PARENT',
  VersionConflict: 'ORGANISATION.VERSION_CONFLICT',
  InvalidMerge: 'ORGANISATION.INVALID_MERGE',
} as const;

export const OrganisationErrors = {
  nameTaken: (name: string, field: string) =>
    domainError(
      OrganisationErrorCode.NameTaken,
      `"${name}" is already the name or alias of another organisation`,
      field,
    ),
  idConflict: (id: string) =>
    domainError(OrganisationErrorCode.IdConflict, `Organisation ${id} exists with different details`, 'input.id'),
  notFound: (id: string, field: string) =>
    domainError(OrganisationErrorCode.NotFound, `No organisation with id ${id}`, field),
  notActive: (id: string, field: string) =>
    domainError(OrganisationErrorCode.NotActive, `Organisation ${id} was merged into another and cannot change`, field),
  identifierTaken: (scheme: string, value: string, field: string) =>
    domainError(
      OrganisationErrorCode.IdentifierTaken,
      `Identifier ${scheme} ${value} belongs to another organisation`,
      field,
    ),
  unknownRegion: (pcode: string, field: string) =>
    domainError(OrganisationErrorCode.UnknownRegion, `${pcode} is not the P-code of a Peruvian department`, field),
  invalidParent: (reason: string) =>
    domainError(OrganisationErrorCode.InvalidParent, reason, 'input.parentOrganisationId'),
  versionConflict: (expected: number, actual: number) =>
    domainError(
      OrganisationErrorCode.VersionConflict,
      `The organisation changed since version ${expected} (now ${actual}); reload and retry`,
      'input.expectedVersion',
    ),
  invalidMerge: (reason: string, field: string) => domainError(OrganisationErrorCode.InvalidMerge, reason, field),
};
