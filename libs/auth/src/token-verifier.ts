import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { AuthErrorCode, authError } from './auth.errors';
import { isRole } from './roles';
import type { Viewer } from './viewer';

export interface TokenVerifierSettings {
  issuer: string;
  audience: string;
  /** PEM public key of the built-in development issuer. */
  publicKeyFile?: string;
  /** JWKS of an OIDC provider, for production. */
  jwksUrl?: string;
}

export const TOKEN_ALGORITHM = 'RS256';

/** Verifies RS256 bearer tokens and turns their claims into a {@link Viewer}. */
export class TokenVerifier {
  private constructor(
    private readonly key: KeyLike | JWTVerifyGetKey,
    private readonly settings: TokenVerifierSettings,
  ) {}

  static async create(settings: TokenVerifierSettings): Promise<TokenVerifier> {
    if (settings.jwksUrl) return new TokenVerifier(createRemoteJWKSet(new URL(settings.jwksUrl)), settings);
    if (settings.publicKeyFile) {
      const key = await importSPKI(readFileSync(settings.publicKeyFile, 'utf8'), TOKEN_ALGORITHM);
      return new TokenVerifier(key, settings);
    }
    throw new Error('Authentication is not configured: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE');
  }

  async verify(token: string): Promise<Viewer> {
    try {
      const { payload } = await jwtVerify(token, this.key as KeyLike, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [TOKEN_ALGORITHM],
      });
      if (!payload.sub) throw new Error('token has no subject');
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      const organisationId = typeof payload.org === 'string' ? payload.org : null;
      return { userId: payload.sub, organisationId, roles };
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
