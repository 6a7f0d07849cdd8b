import { domainError } from '@coordination/graphql';

export const IdentityErrorCode = {
  InvalidCredentials: 'AUTH.INVALID_CREDENTIALS',
  TooManyLoginAttempts: 'AUTH.TOO_MANY_ATTEMPTS',
  InvalidRefreshToken: 'AUTH.INVALID_REFRESH_TOKEN',
  IssuerDisabled: 'AUTH.ISSUER_DISABLED',
  EmailTaken: 'USER.EMAIL_TAKEN',
  UserNotFound: 'USER.NOT_FOUND',
  GrantNotFound: 'ROLE.GRANT_NOT_FOUND',
} as const;

export const IdentityErrors = {
  // One message for an unknown e-mail, a wrong password and a disabled account: no enumeration.
  invalidCredentials: () =>
    domainError(IdentityErrorCode.InvalidCredentials, 'The e-mail address or the password is not correct'),
  tooManyLoginAttempts: (retryAfterSeconds: number) =>
    domainError(
      IdentityErrorCode.TooManyLoginAttempts,
      `Too many failed logins for this e-mail address; try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s)`,
      'input.email',
    ),
  invalidRefreshToken: () =>
    domainError(
      IdentityErrorCode.InvalidRefreshToken,
      'The refresh token is unknown, expired or already used; log in again',
      'input.refreshToken',
    ),
  issuerDisabled: () =>
    domainError(
      IdentityErrorCode.IssuerDisabled,
      'This platform does not issue tokens itself (AUTH_PRIVATE_KEY_FILE is not set); sign in with its identity provider',
    ),
  emailTaken: () =>
    domainError(IdentityErrorCode.EmailTaken, 'An account with this e-mail address already exists', 'input.email'),
  userNotFound: (field?: string) => domainError(IdentityErrorCode.UserNotFound, 'No such user account', field),
  grantNotFound: (grantId: string) =>
    domainError(IdentityErrorCode.GrantNotFound, `No role grant with id ${grantId}`, 'input.grantId'),
};
