import { SignJWT } from 'jose';
import { TOKEN_ALGORITHM, loadSigningKey, type SigningKey } from '@coordination/auth';
import type { ServiceConfig } from '@coordination/config';

/** How long an integrator token lives at most; it never outlives its agreement. */
const MAX_LIFETIME_SECONDS = 15 * 60;

/**
 * Signs integrators' access tokens with the directory's key: role INTEGRATOR, the organisation it
 * acts for, and the agreement that bounds what it may receive (`agreement` claim).
 */
export class IntegratorTokenSigner {
  private constructor(
    private readonly key: SigningKey | null,
    private readonly auth: ServiceConfig['auth'],
  ) {}

  static async fromConfig(auth: ServiceConfig['auth']): Promise<IntegratorTokenSigner> {
    return new IntegratorTokenSigner(auth.privateKeyFile ? await loadSigningKey(auth.privateKeyFile) : null, auth);
  }

  get enabled(): boolean {
    return this.key !== null;
  }

  async sign(claims: {
    clientId: string;
    organisationId: string;
    agreementId: string;
    agreementEndsAt: Date;
  }): Promise<{ accessToken: string; expiresIn: number }> {
    if (!this.key) throw new Error('the directory has no signing key (AUTH_PRIVATE_KEY_FILE)');
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = Math.min(now + MAX_LIFETIME_SECONDS, Math.floor(claims.agreementEndsAt.getTime() / 1000));
    const accessToken = await new SignJWT({
      org: claims.organisationId,
      roles: ['INTEGRATOR'],
      agreement: claims.agreementId,
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT', kid: this.key.publicKey.kid })
      .setSubject(claims.clientId)
      .setIssuer(this.auth.issuer)
      .setAudience(this.auth.audience)
      .setIssuedAt(now)
      .setExpirationTime(expiresAt)
      .sign(this.key.privateKey);
    return { accessToken, expiresIn: expiresAt - now };
  }
}
