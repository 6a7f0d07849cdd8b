import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServiceConfig } from '@coordination/config';
import { IdentityTokens } from './identity-tokens';

describe('IdentityTokens', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'identity-tokens-'));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('issues 15-minute access tokens and 30-day refresh tokens by default', async () => {
    const file = join(directory, 'private.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const tokens = await IdentityTokens.fromConfig(
      loadServiceConfig('directory', { AUTH_PRIVATE_KEY_FILE: file }).auth,
    );
    expect(tokens.refreshTokenLifetimeSeconds).toBe(30 * 24 * 60 * 60);
    expect(tokens.publicKey).toMatchObject({ kty: 'RSA', alg: 'RS256' });
    const issued = await tokens.accessTokenIssuer().issue({ userId: 'u', organisationId: null, grants: [] });
    expect(issued.expiresIn).toBe(15 * 60);
  });

  it('takes other lifetimes from the environment', async () => {
    const config = loadServiceConfig('directory', {
      AUTH_ACCESS_TOKEN_TTL_SECONDS: '300',
      AUTH_REFRESH_TOKEN_TTL_SECONDS: '86400',
    });
    expect(config.auth).toMatchObject({ accessTokenLifetimeSeconds: 300, refreshTokenLifetimeSeconds: 86_400 });
  });

  it('is off without a private key: no published key, and sign-ins are refused with a stable code', async () => {
    const tokens = await IdentityTokens.fromConfig(loadServiceConfig('directory', {}).auth);
    expect(tokens.publicKey).toBeNull();
    expect(() => tokens.accessTokenIssuer()).toThrow(
      expect.objectContaining({ extensions: { code: 'AUTH.ISSUER_DISABLED' } }),
    );
  });
});
