import type { AccessGrant } from '@coordination/auth';
import { gatewayUrl } from './gateway-client';

/**
 * A development token carrying scoped grants, e.g. a sector coordinator of PRO in PE15, which
 * `devToken` (roles only, unscoped) cannot express.
 */
export async function scopedDevToken(
  grants: AccessGrant[],
  organisationId: string | null = null,
  userId = `user-${grants.map((grant) => [grant.role, grant.sector, grant.region].filter(Boolean).join('-')).join('+')}`,
): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, organisationId, roles: grants.map((grant) => grant.role), grants }),
  });
  if (!response.ok) throw new Error(`dev token refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
