import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { SignJWT, UnsecuredJWT, decodeProtectedHeader } from 'jose';
import { AccessTokenIssuer, signAccessToken } from './access-token';
import { ensureDevKeyPair, issueDevToken } from './dev-token-issuer';
import { jsonWebKeySet, publishedKeyFromPublicPem, publishedKeyOf, type SigningKey } from './signing-key';
import { TokenVerifier } from './token-verifier';

const AUDIENCE = { issuer: 'coordination-test', audience: 'coordination-platform' };
const USER = {
  userId: '6f1c2f49-7a43-4d0b-9d7e-3b1d7c0c9a10',
  organisationId: '5bc7a595-4146-5c20-b263-64957be48dc2',
  grants: [
    { role: 'PARTNER_REPORTER' as const, sector: null, region: null },
    { role: 'SECTOR_COORDINATOR' as const, sector: 'EDU', region: 'PE15' },
    { role: 'SECTOR_COORDINATOR' as const, sector: 'PRO', region: null },
  ],
};

async function signingKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey: await publishedKeyOf(publicKey) };
}

async function rejectionCode(verifier: TokenVerifier, token: string): Promise<unknown> {
  try {
    await verifier.verify(token);
    return 'accepted';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
}

describe('access tokens', () => {
  let key: SigningKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    key = await signingKey();
    verifier = TokenVerifier.forKeySet(jsonWebKeySet(key.publicKey), AUDIENCE);
  });

  describe('issued by the directory', () => {
    it('carry the user, the organisation, distinct roles and the scoped grants, for 15 minutes', async () => {
      const issued = await new AccessTokenIssuer(key, AUDIENCE, 900).issue(USER);
      expect(issued.expiresIn).toBe(900);
      expect(decodeProtectedHeader(issued.accessToken)).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.publicKey.kid });
      const payload = JSON.parse(Buffer.from(issued.accessToken.split('.')[1], 'base64url').toString('utf8'));
      expect(payload.exp - payload.iat).toBe(900);
      expect(payload).toMatchObject({
        sub: USER.userId,
        org: USER.organisationId,
        iss: 'coordination-test',
        aud: 'coordination-platform',
      });
      expect(await verifier.verify(issued.accessToken)).toEqual({
        userId: USER.userId,
        organisationId: USER.organisationId,
        roles: ['PARTNER_REPORTER', 'SECTOR_COORDINATOR'],
        grants: USER.grants,
      });
    });

    it('ignore grant entries that are not grants', async () => {
      const token = await new SignJWT({
        roles: ['PARTNER_REPORTER'],
        grants: [{ role: 'KING' }, 'x', { role: 'PARTNER_REPORTER' }],
      })
        .setProtectedHeader({ alg: 'RS256', kid: key.publicKey.kid })
        .setSubject('someone')
        .setIssuer(AUDIENCE.issuer)
        .setAudience(AUDIENCE.audience)
        .setExpirationTime('5m')
        .sign(key.privateKey);
      expect((await verifier.verify(token)).grants).toEqual([{ role: 'PARTNER_REPORTER', sector: null, region: null }]);
    });

    it('without a kid (signed before tokens named their key) still verify against the one key', async () => {
      const legacy = await new SignJWT({ roles: ['PARTNER_REPORTER'] })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('legacy')
        .setIssuer(AUDIENCE.issuer)
        .setAudience(AUDIENCE.audience)
        .setExpirationTime('5m')
        .sign(key.privateKey);
      expect((await verifier.verify(legacy)).userId).toBe('legacy');
    });
  });

  describe('from the development issuer', () => {
    let directory: string;
    let files: { privateKeyFile: string; publicKeyFile: string };
    let fileVerifier: TokenVerifier;

    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'dev-keys-'));
      files = ensureDevKeyPair(directory);
      fileVerifier = await TokenVerifier.create({ ...AUDIENCE, publicKeyFile: files.publicKeyFile });
    });

    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('are signed with the same kid the key file gives, and roles without grants still work', async () => {
      const token = await issueDevToken(files.privateKeyFile, AUDIENCE, { userId: 'admin', roles: ['PLATFORM_ADMIN'] });
      const published = await publishedKeyFromPublicPem(readFileSync(files.publicKeyFile, 'utf8'));
      expect(decodeProtectedHeader(token).kid).toBe(published.kid);
      expect(await fileVerifier.verify(token)).toEqual({
        userId: 'admin',
        organisationId: null,
        roles: ['PLATFORM_ADMIN'],
        grants: [{ role: 'PLATFORM_ADMIN', sector: null, region: null }],
      });
    });

    it('may carry scoped grants, keeping roles that have none unscoped', async () => {
      const token = await issueDevToken(files.privateKeyFile, AUDIENCE, {
        userId: 'coordinator',
        roles: ['GOVERNMENT_VIEWER'],
        grants: [{ role: 'SECTOR_COORDINATOR', sector: 'WSH', region: 'PE24' }],
      });
      const viewer = await fileVerifier.verify(token);
      expect(viewer.roles).toEqual(['SECTOR_COORDINATOR', 'GOVERNMENT_VIEWER']);
      expect(viewer.grants).toEqual([
        { role: 'SECTOR_COORDINATOR', sector: 'WSH', region: 'PE24' },
        { role: 'GOVERNMENT_VIEWER', sector: null, region: null },
      ]);
    });
  });

  describe('forged or stale tokens are rejected with AUTH.INVALID_TOKEN', () => {
    const claims = { org: USER.organisationId, roles: ['PLATFORM_ADMIN'] };
    const signed = (signingKeyToUse: SigningKey['privateKey'] | Uint8Array, header: Record<string, string>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', ...header })
        .setSubject(USER.userId)
        .setIssuer(AUDIENCE.issuer)
        .setAudience(AUDIENCE.audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(signingKeyToUse);

    const forgeries: [string, () => Promise<string>][] = [
      [
        'alg: none',
        async () =>
          new UnsecuredJWT(claims)
            .setSubject(USER.userId)
            .setIssuer(AUDIENCE.issuer)
            .setAudience(AUDIENCE.audience)
            .setExpirationTime('5m')
            .encode(),
      ],
      [
        'HS256 signed with the public key as the shared secret',
        async () => {
          const publicPem = createPublicKey(key.privateKey).export({ type: 'spki', format: 'pem' }) as string;
          return signed(new TextEncoder().encode(publicPem), { alg: 'HS256', kid: key.publicKey.kid });
        },
      ],
      [
        'RS256 with another key, under its own kid',
        async () => {
          const other = await signingKey();
          return signed(other.privateKey, { kid: other.publicKey.kid });
        },
      ],
      [
        'RS256 with another key, claiming our kid',
        async () => signed((await signingKey()).privateKey, { kid: key.publicKey.kid }),
      ],
      ['RS256 with another key and no kid', async () => signed((await signingKey()).privateKey, {})],
      ['our key under a kid we do not publish', async () => signed(key.privateKey, { kid: 'someone-elses-key' })],
      [
        'expired',
        () =>
          new SignJWT(claims)
            .setProtectedHeader({ alg: 'RS256', kid: key.publicKey.kid })
            .setSubject(USER.userId)
            .setIssuer(AUDIENCE.issuer)
            .setAudience(AUDIENCE.audience)
            .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
            .sign(key.privateKey),
      ],
      [
        'without an expiry',
        () =>
          new SignJWT(claims)
            .setProtectedHeader({ alg: 'RS256', kid: key.publicKey.kid })
            .setSubject(USER.userId)
            .setIssuer(AUDIENCE.issuer)
            .setAudience(AUDIENCE.audience)
            .sign(key.privateKey),
      ],
      [
        'wrong issuer',
        () => signAccessToken(key, { ...AUDIENCE, issuer: 'evil-issuer' }, { ...USER, roles: ['PLATFORM_ADMIN'] }, 300),
      ],
      [
        'wrong audience',
        () =>
          signAccessToken(key, { ...AUDIENCE, audience: 'another-api' }, { ...USER, roles: ['PLATFORM_ADMIN'] }, 300),
      ],
      [
        'tampered payload (roles raised after signing)',
        async () => {
          const genuine = await signAccessToken(key, AUDIENCE, { ...USER, roles: ['PARTNER_REPORTER'] }, 300);
          const [header, payload, signature] = genuine.split('.');
          const claimsRead = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
          const raised = Buffer.from(JSON.stringify({ ...claimsRead, roles: ['PLATFORM_ADMIN'] })).toString(
            'base64url',
          );
          return [header, raised, signature].join('.');
        },
      ],
      ['not a JWT at all', async () => 'not-a-jwt'],
    ];

    it.each(forgeries)('%s', async (_name, forge) => {
      expect(await rejectionCode(verifier, await forge())).toBe('AUTH.INVALID_TOKEN');
    });

    it('and the genuine token they imitate is accepted (so the rejections are not for another reason)', async () => {
      expect(await rejectionCode(verifier, await signed(key.privateKey, { kid: key.publicKey.kid }))).toBe('accepted');
    });
  });

  it('reads the bearer header: none is anonymous, a malformed one is refused', async () => {
    expect(await verifier.viewerFromHeader(undefined)).toBeNull();
    await expect(verifier.viewerFromHeader('Basic abc')).rejects.toMatchObject({
      extensions: { code: 'AUTH.INVALID_TOKEN' },
    });
  });
});
