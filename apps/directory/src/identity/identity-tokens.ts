import { AccessTokenIssuer, loadSigningKey, type PublishedKey } from '@coordination/auth';
import type { ServiceConfig } from '@coordination/config';
import { IdentityErrors } from './identity.errors';

/**
 * The directory's own token issuer, on when AUTH_PRIVATE_KEY_FILE is set. Off, the platform relies
 * on an external OIDC provider: logins and refreshes are refused and no JWKS is served.
 */
export class IdentityTokens {
  constructor(
    private readonly accessTokens: AccessTokenIssuer | null,
    readonly refreshTokenLifetimeSeconds: number,
  ) {}

  static async fromConfig(auth: ServiceConfig['auth']): Promise<IdentityTokens> {
    const accessTokens = auth.privateKeyFile
      ? new AccessTokenIssuer(await loadSigningKey(auth.privateKeyFile), auth, auth.accessTokenLifetimeSeconds)
      : null;
    return new IdentityTokens(accessTokens, auth.refreshTokenLifetimeSeconds);
  }

  get publicKey(): PublishedKey | null {
    return this.accessTokens?.publicKey ?? null;
  }

  accessTokenIssuer(): AccessTokenIssuer {
    if (!this.accessTokens) throw IdentityErrors.issuerDisabled();
    return this.accessTokens;
  }
}
