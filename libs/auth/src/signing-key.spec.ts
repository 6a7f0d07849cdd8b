import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonWebKeySet, loadSigningKey, publishedKeyFromPublicPem, publishedKeyOf } from './signing-key';

/** RFC 7638 by hand: SHA-256 of the required members in lexicographic order, no whitespace. */
function rfc7638Thumbprint(publicKey: KeyObject): string {
  const { e, kty, n } = publicKey.export({ format: 'jwk' });
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}

describe('signing keys', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'signing-key-'));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('names a key by its RFC 7638 thumbprint and publishes only its public members', async () => {
    const published = await publishedKeyOf(publicKey);
    expect(published.kid).toBe(rfc7638Thumbprint(publicKey));
    expect(Object.keys(published).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(published).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
  });

  it('derives the same kid from the private key file and from the public PEM', async () => {
    const file = join(directory, 'private.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const signing = await loadSigningKey(file);
    const fromPublicPem = await publishedKeyFromPublicPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
    expect(signing.publicKey).toEqual(fromPublicPem);
    expect(jsonWebKeySet(signing.publicKey)).toEqual({ keys: [fromPublicPem] });
  });

  it('refuses a private key that cannot sign RS256', async () => {
    const file = join(directory, 'ec.pem');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(file, ec.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await expect(loadSigningKey(file)).rejects.toThrow(/not an RSA private key/);
  });

  it('gives different keys different ids', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect((await publishedKeyOf(other)).kid).not.toBe((await publishedKeyOf(publicKey)).kid);
  });
});
