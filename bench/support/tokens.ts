import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  AccessTokenIssuer,
  ROLES,
  ensureDevKeyPair,
  loadSigningKey,
  type AccessGrant,
  type TokenAudience,
} from '@coordination/auth';
import { SECTOR_CODES } from '@coordination/taxonomies';
import { SeededRandom } from './random';
import type { BenchSettings } from './settings';

/** The gateway's defaults (AUTH_ISSUER, AUTH_AUDIENCE in apps/gateway/src/gateway.config.ts). */
export const GATEWAY_TOKEN_AUDIENCE: TokenAudience = { issuer: 'coordination-dev', audience: 'coordination-platform' };

/** Long enough to outlive the run, as a user's access token would. */
const TOKEN_LIFETIME_SECONDS = 60 * 60;
const SEED = 0x70c3e5;

/** Whom token `i` speaks for: planned from a seed, so either case can check what a verifier read. */
export interface PlannedSubject {
  userId: string;
  organisationId: string | null;
  grants: AccessGrant[];
}

export interface TokenSet {
  publicKeyFile: string;
  tokens: string[];
  subjects: PlannedSubject[];
  /** SHA-256 of the tokens: equal in two cases means both verified the very same tokens. */
  fingerprint: string;
}

export function plannedSubjects(count: number): PlannedSubject[] {
  const random = new SeededRandom(SEED);
  const organisations = Array.from({ length: 200 }, () => random.uuid());
  return Array.from({ length: count }, () => {
    const userId = random.uuid();
    const grantCount = random.chance(0.7) ? 1 : random.chance(0.8) ? 2 : 3;
    const grants: AccessGrant[] = [];
    for (let g = 0; g < grantCount; g++) {
      const role = random.pick(ROLES);
      if (grants.some((grant) => grant.role === role && role !== 'SECTOR_COORDINATOR')) continue;
      const scoped = role === 'SECTOR_COORDINATOR';
      grants.push({
        role,
        sector: scoped ? random.pick(SECTOR_CODES) : null,
        region: scoped && random.chance(0.5) ? `PE${String(1 + random.int(25)).padStart(2, '0')}` : null,
      });
    }
    const platformOnly = grants.every((grant) => grant.role === 'PLATFORM_ADMIN');
    return { userId, organisationId: platformOnly ? null : random.pick(organisations), grants };
  });
}

function files(settings: BenchSettings) {
  const directory = path.join(settings.workDir, 'token-verification');
  return { directory, tokensFile: path.join(directory, `tokens-${settings.tokens}.txt`) };
}

/**
 * Signs `settings.tokens` distinct RS256 access tokens as the directory's `AccessTokenIssuer` signs
 * them after a login (sub, org, roles, grants, iss, aud, iat, exp; header with kid), with a development
 * key pair (`ensureDevKeyPair`, RSA 2048) made in the run's work directory, and leaves them there for
 * both cases of the benchmark (the runner removes the folder). Returns the time signing took.
 */
export async function issueTokenSet(settings: BenchSettings): Promise<{ set: TokenSet; signMs: number }> {
  const { directory, tokensFile } = files(settings);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const keys = ensureDevKeyPair(directory);
  const subjects = plannedSubjects(settings.tokens);
  const start = performance.now();
  const issuer = new AccessTokenIssuer(
    await loadSigningKey(keys.privateKeyFile),
    GATEWAY_TOKEN_AUDIENCE,
    TOKEN_LIFETIME_SECONDS,
  );
  const tokens: string[] = [];
  for (const subject of subjects) tokens.push((await issuer.issue(subject)).accessToken);
  const signMs = performance.now() - start;
  const partial = `${tokensFile}.partial`;
  writeFileSync(partial, tokens.join('\n'), { mode: 0o600 });
  renameSync(partial, tokensFile);
  return { set: checked({ publicKeyFile: keys.publicKeyFile, tokens, subjects }, settings), signMs };
}

/** The tokens {@link issueTokenSet} left in the run's work directory. */
export function readTokenSet(settings: BenchSettings): TokenSet {
  const { directory, tokensFile } = files(settings);
  if (!existsSync(tokensFile)) throw new Error(`no ${tokensFile}: the token-signing step of the runner makes it`);
  const tokens = readFileSync(tokensFile, 'utf8').split('\n');
  // The key pair is there (the tokens were signed with it), so this only names its files.
  const { publicKeyFile } = ensureDevKeyPair(directory);
  return checked({ publicKeyFile, tokens, subjects: plannedSubjects(settings.tokens) }, settings);
}

function checked(set: Omit<TokenSet, 'fingerprint'>, settings: BenchSettings): TokenSet {
  const { tokens } = set;
  if (tokens.length !== settings.tokens || new Set(tokens).size !== tokens.length) {
    throw new Error(`expected ${settings.tokens} distinct tokens, have ${new Set(tokens).size} of ${tokens.length}`);
  }
  return { ...set, fingerprint: createHash('sha256').update(tokens.join('\n')).digest('hex').slice(0, 16) };
}

export function describeTokenSet(set: TokenSet): string {
  const bytes = set.tokens.reduce((sum, token) => sum + token.length, 0) / set.tokens.length;
  return `${set.tokens.length.toLocaleString('en-US')} distinct tokens, fingerprint ${set.fingerprint} (the same in every case means the same tokens), mean ${bytes.toFixed(0)} bytes`;
}
