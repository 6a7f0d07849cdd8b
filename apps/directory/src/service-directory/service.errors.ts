import { domainError } from '@coordination/graphql';

/** Stable codes of the service directory; clients branch on them, so they are never renamed. */
export const ServiceErrorCode = {
  NotFound: 'SERVICE.NOT_FOUND',
  AlreadyPublished: 'SERVICE.ALREADY_PUBLISHED',
  UnknownOrganisation: 'SERVICE.UNKNOWN_ORGANISATION',
  OrganisationNotActive: 'SERVICE.ORGANISATION_NOT_ACTIVE',
  UnknownPcode: 'SERVICE.UNKNOWN_PCODE',
  InvalidSector: 'SERVICE.INVALID_SECTOR',
  UnknownLanguage: 'SERVICE.UNKNOWN_LANGUAGE',
  LocationConflict: 'SERVICE.LOCATION_CONFLICT',
} as const;

export const ServiceErrors = {
  notFound: (id: string, field = 'input.id') =>
    domainError(ServiceErrorCode.NotFound, `No service with id ${id}`, field),
  alreadyPublished: (id: string) =>
    domainError(
      ServiceErrorCode.AlreadyPublished,
      `Service ${id} is already published; change it with updateService`,
      'input.id',
    ),
  unknownOrganisation: (id: string) =>
    domainError(ServiceErrorCode.UnknownOrganisation, `No organisation with id ${id}`, 'input.organisationId'),
  organisationNotActive: (id: string) =>
    domainError(
      ServiceErrorCode.OrganisationNotActive,
      `Organisation ${id} was merged into another; publish under the surviving record`,
      'input.organisationId',
    ),
  unknownPcode: (pcode: string, field: string) =>
    domainError(ServiceErrorCode.UnknownPcode, `${pcode} is not the P-code of a current Peruvian unit`, field),
  invalidSector: (message: string, field: string) => domainError(ServiceErrorCode.InvalidSector, message, field),
  unknownLanguage: (code: string, field: string) =>
    domainError(ServiceErrorCode.UnknownLanguage, `${code} is not an ISO 639-1 language code`, field),
  locationConflict: (id: string, field: string) =>
    domainError(ServiceErrorCode.LocationConflict, `Location ${id} belongs to another organisation`, field),
};
