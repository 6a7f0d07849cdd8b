import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SignJWT, importPKCS8 } from 'jose';
import { TOKEN_ALGORITHM } from './token-verifier';
import type { Role } from './roles';

export interface DevTokenClaims {
  userId: string;
  organisationId?: string | null;
  roles: Role[];
  expiresIn?: string;
}

export interface DevKeyFiles {
  privateKeyFile: string;
  publicKeyFile: string;
}

/**
 * The development issuer's key pair, created on first use. Production uses an OIDC provider's
 * JWKS instead (AUTH_JWKS_URL); these files never leave the machine.
 */
export function ensureDevKeyPair(directory: string): DevKeyFiles {
  const files = {
    privateKeyFile: join(directory, 'dev-private.pem'),
    publicKeyFile: join(directory, 'dev-public.pem'),
  };
  if (existsSync(files.privateKeyFile) && existsSync(files.publicKeyFile)) return files;
  mkdirSync(dirname(files.privateKeyFile), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(files.privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  writeFileSync(files.publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
  return files;
}

export async function issueDevToken(
  privateKeyFile: string,
  settings: { issuer: string; audience: string },
  claims: DevTokenClaims,
): Promise<string> {
  const key = await importPKCS8(readFileSync(privateKeyFile, 'utf8'), TOKEN_ALGORITHM);
  return new SignJWT({ org: claims.organisationId ?? undefined, roles: claims.roles })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setSubject(claims.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(key);
}
