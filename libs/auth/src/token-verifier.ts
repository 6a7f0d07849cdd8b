import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AuthErrorCode, authError } from './auth.errors';
import { isRole } from './roles';
import { TOKEN_ALGORITHM, jsonWebKeySet, publishedKeyFromPublicPem, type JsonWebKeySet } from './signing-key';
import { distinctRoles, unscopedGrants, type AccessGrant, type Viewer } from './viewer';

export interface TokenVerifierSettings {
  issuer: string;
  audience: string;
  /** PEM public key of the platform's own issuer (the directory, and the development issuer). */
  publicKeyFile?: string;
  /** JWKS of an OIDC provider (or of the directory, `/.well-known/jwks.json`); wins over the file. */
  jwksUrl?: string;
}

function nullableText(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Well-formed entries of a `grants` claim; anything else is ignored rather than trusted. */
function grantsClaim(value: unknown): AccessGrant[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((entry: unknown): AccessGrant[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { role, sector, region } = entry as Record<string, unknown>;
    return isRole(role) ? [{ role, sector: nullableText(sector), region: nullableText(region) }] : [];
  });
}

function viewerOf(payload: JWTPayload): Viewer {
  if (!payload.sub) throw new Error('token has no subject');
  const claimedRoles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  const grants = grantsClaim(payload.grants) ?? unscopedGrants(claimedRoles);
  // Every granted role counts as held, so role checks and record-level checks never disagree.
  const roles = distinctRoles([...unscopedGrants(claimedRoles), ...grants]);
  const organisationId = typeof payload.org === 'string' ? payload.org : null;
  const agreementId = typeof payload.agreement === 'string' ? payload.agreement : undefined;
  return { userId: payload.sub, organisationId, roles, grants, ...(agreementId && { agreementId }) };
}

/**
 * Verifies RS256 bearer tokens and turns their claims into a {@link Viewer}. Keys always come from
 * a key set, so a token's `kid` picks its key: a remote JWKS during a key rotation holds two.
 */
export class TokenVerifier {
  private constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly settings: TokenVerifierSettings,
  ) {}

  static async create(settings: TokenVerifierSettings): Promise<TokenVerifier> {
    if (settings.jwksUrl) return new TokenVerifier(createRemoteJWKSet(new URL(settings.jwksUrl)), settings);
    if (settings.publicKeyFile) {
      const key = await publishedKeyFromPublicPem(readFileSync(settings.publicKeyFile, 'utf8'));
      return TokenVerifier.forKeySet(jsonWebKeySet(key), settings);
    }
    throw new Error('Authentication is not configured: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE');
  }

  /** Verifies against keys already at hand, e.g. a JWKS document shipped with the configuration. */
  static forKeySet(keySet: JsonWebKeySet, settings: Omit<TokenVerifierSettings, 'jwksUrl' | 'publicKeyFile'>) {
    return new TokenVerifier(createLocalJWKSet(keySet), settings);
  }

  async verify(token: string): Promise<Viewer> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        // Only RS256: refuses `none`, and HS256 "signed" with the public key as a shared secret.
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['exp'],
      });
      return viewerOf(payload);
    } catch (error) {
      throw authError(AuthErrorCode.InvalidToken, `Bearer token rejected: ${(error as Error).message}`);
    }
  }

  /** Reads an `Authorization: Bearer ...` header; no header means an anonymous caller. */
  async viewerFromHeader(header: string | undefined): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw authError(AuthErrorCode.InvalidToken, 'Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}
