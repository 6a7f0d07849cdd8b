import { domainError } from '@coordination/graphql';

export const IntegratorErrorCode = {
  ClientIdTaken: 'INTEGRATOR.CLIENT_ID_TAKEN',
  ClientNotFound: 'INTEGRATOR.CLIENT_NOT_FOUND',
  UnknownEventType: 'INTEGRATOR.UNKNOWN_EVENT_TYPE',
  UnknownField: 'INTEGRATOR.UNKNOWN_FIELD',
  InvalidPeriod: 'INTEGRATOR.INVALID_PERIOD',
  AgreementNotFound: 'INTEGRATOR.AGREEMENT_NOT_FOUND',
  AgreementAlreadyRevoked: 'INTEGRATOR.AGREEMENT_ALREADY_REVOKED',
} as const;

export const IntegratorErrors = {
  clientIdTaken: (clientId: string) =>
    domainError(IntegratorErrorCode.ClientIdTaken, `Client id ${clientId} is already registered`, 'input.clientId'),
  clientNotFound: (clientId: string) =>
    domainError(IntegratorErrorCode.ClientNotFound, `No integrator client ${clientId}`, 'input.clientId'),
  unknownEventType: (type: string, field: string) =>
    domainError(IntegratorErrorCode.UnknownEventType, `${type} is not an event type of the platform`, field),
  unknownField: (type: string, name: string, field: string) =>
    domainError(IntegratorErrorCode.UnknownField, `${type} has no data field "${name}"`, field),
  invalidPeriod: () =>
    domainError(
      IntegratorErrorCode.InvalidPeriod,
      'validTo must be after validFrom and in the future',
      'input.validTo',
    ),
  agreementNotFound: (id: string) =>
    domainError(IntegratorErrorCode.AgreementNotFound, `No data-sharing agreement ${id}`, 'input.agreementId'),
  agreementAlreadyRevoked: (id: string) =>
    domainError(IntegratorErrorCode.AgreementAlreadyRevoked, `Agreement ${id} is already revoked`, 'input.agreementId'),
};
