import { domainError } from '@coordination/graphql';

export const OrganisationErrorCode = {
  NameTaken: 'ORGANISATION.NAME_TAKEN',
  IdConflict: 'ORGANISATION.ID_CONFLICT',
  NotFound: 'ORGANISATION.NOT_FOUND',
} as const;

export const OrganisationErrors = {
  nameTaken: (name: string) =>
    domainError(OrganisationErrorCode.NameTaken, `An organisation named "${name}" is already registered`, 'input.name'),
  idConflict: (id: string) =>
    domainError(OrganisationErrorCode.IdConflict, `Organisation ${id} exists with different details`, 'input.id'),
};
