import { SignJWT } from 'jose';
import { TOKEN_ALGORITHM, type SigningKey } from './signing-key';
import { distinctRoles, type AccessGrant } from './viewer';

export interface TokenAudience {
  issuer: string;
  audience: string;
}

/** Whom a token speaks for. `grants` omitted means roles without scope (development tokens). */
export interface AccessTokenSubject {
  userId: string;
  organisationId: string | null;
  roles: AccessGrant['role'][];
  grants?: AccessGrant[];
}

/**
 * Signs an RS256 access token: `sub`, `org`, `roles`, and `grants` when given. The header names the
 * key (`kid`) so verifiers holding a JWKS of several keys (during a rotation) pick the right one.
 */
export function signAccessToken(
  key: SigningKey,
  audience: TokenAudience,
  subject: AccessTokenSubject,
  lifetimeSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    org: subject.organisationId ?? undefined,
    roles: subject.roles,
    ...(subject.grants && { grants: subject.grants }),
  })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT', kid: key.publicKey.kid })
    .setSubject(subject.userId)
    .setIssuer(audience.issuer)
    .setAudience(audience.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(key.privateKey);
}

export interface IssuedAccessToken {
  accessToken: string;
  /** Seconds until it expires, as OAuth's `expires_in`. */
  expiresIn: number;
}

/** The platform's own issuer of user access tokens (the directory signs them after a login). */
export class AccessTokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly audience: TokenAudience,
    private readonly lifetimeSeconds: number,
  ) {}

  get publicKey() {
    return this.key.publicKey;
  }

  async issue(user: {
    userId: string;
    organisationId: string | null;
    grants: AccessGrant[];
  }): Promise<IssuedAccessToken> {
    const accessToken = await signAccessToken(
      this.key,
      this.audience,
      { ...user, roles: distinctRoles(user.grants) },
      this.lifetimeSeconds,
    );
    return { accessToken, expiresIn: this.lifetimeSeconds };
  }
}
