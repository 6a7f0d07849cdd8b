import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { signAccessToken, type TokenAudience } from './access-token';
import type { Role } from './roles';
import { loadSigningKey } from './signing-key';
import { distinctRoles, unscopedGrants, type AccessGrant } from './viewer';

export interface DevTokenClaims {
  userId: string;
  organisationId?: string | null;
  roles: Role[];
  /** Scoped grants (e.g. a sector coordinator for one sector); without them the roles apply unscoped. */
  grants?: AccessGrant[];
  lifetimeSeconds?: number;
}

export interface DevKeyFiles {
  privateKeyFile: string;
  publicKeyFile: string;
}

/** A working day: long enough for manual testing, short enough that a leaked token soon dies. */
const DEV_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

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

/**
 * A token for any user and roles, signed with the same key and `kid` as the directory's own tokens,
 * so verifiers need to know one key whichever of the two issued it.
 */
export async function issueDevToken(
  privateKeyFile: string,
  audience: TokenAudience,
  claims: DevTokenClaims,
): Promise<string> {
  // A role asked for without a scoped grant of its own still applies, unscoped.
  const grants = claims.grants && [
    ...claims.grants,
    ...unscopedGrants(claims.roles.filter((role) => !claims.grants!.some((grant) => grant.role === role))),
  ];
  return signAccessToken(
    await loadSigningKey(privateKeyFile),
    audience,
    {
      userId: claims.userId,
      organisationId: claims.organisationId ?? null,
      roles: grants ? distinctRoles(grants) : claims.roles,
      grants,
    },
    claims.lifetimeSeconds ?? DEV_TOKEN_LIFETIME_SECONDS,
  );
}
