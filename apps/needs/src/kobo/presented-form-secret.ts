/**
 * The form secret as KoboToolbox's REST service can send it: a custom header (`X-Kobo-Secret`) or
 * HTTP basic authentication whose password is the secret (the user name is not checked).
 */
export function presentedFormSecret(headers: Record<string, string | string[] | undefined>): string | null {
  const custom = headers['x-kobo-secret'];
  if (typeof custom === 'string' && custom.length > 0) return custom;
  const authorization = headers.authorization;
  if (typeof authorization !== 'string' || !/^basic /i.test(authorization)) return null;
  const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  return separator >= 0 ? decoded.slice(separator + 1) : null;
}
