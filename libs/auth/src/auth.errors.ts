import { GraphQLError } from 'graphql';

export const AuthErrorCode = {
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  InvalidToken: 'AUTH.INVALID_TOKEN',
  Forbidden: 'AUTH.FORBIDDEN',
} as const;

export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export function authError(code: AuthErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
