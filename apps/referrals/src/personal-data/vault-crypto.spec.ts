import { randomBytes } from 'node:crypto';
import { SealedValueRejected, openBytes, sealBytes } from './aead';
import { MasterKeyConfigurationError, MasterKeyRing } from './master-keys';

describe('sealed values (AES-256-GCM with associated data)', () => {
  const key = randomBytes(32);

  it('open with the same key and owner, and never repeat a nonce', () => {
    const plaintext = Buffer.from('{"givenNames":"Rosa"}');
    const first = sealBytes(key, plaintext, 'case-1');
    const second = sealBytes(key, plaintext, 'case-1');
    expect(openBytes(key, first, 'case-1')).toEqual(plaintext);
    expect(first.subarray(1, 13)).not.toEqual(second.subarray(1, 13));
    expect(first.includes(plaintext)).toBe(false);
  });

  it('refuse another owner, another key, or a single changed byte', () => {
    const sealed = sealBytes(key, Buffer.from('secret'), 'org-a|case-1');
    expect(() => openBytes(key, sealed, 'org-a|case-2')).toThrow(SealedValueRejected);
    expect(() => openBytes(randomBytes(32), sealed, 'org-a|case-1')).toThrow(SealedValueRejected);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openBytes(key, tampered, 'org-a|case-1')).toThrow(SealedValueRejected);
    expect(() => openBytes(key, Buffer.from([9, 1, 2]), 'org-a|case-1')).toThrow(SealedValueRejected);
  });
});

describe('MasterKeyRing', () => {
  const encoded = () => randomBytes(32).toString('base64');

  it('wraps with the active key and unwraps with any listed one', () => {
    const old = `old:${encoded()}`;
    const before = MasterKeyRing.fromEnvironment({ REFERRALS_MASTER_KEYS: old });
    const wrapped = before.wrap(Buffer.from('k'.repeat(32)), 'ctx');
    const after = MasterKeyRing.fromEnvironment({
      REFERRALS_MASTER_KEYS: `${old},new:${encoded()}`,
      REFERRALS_ACTIVE_MASTER_KEY: 'new',
    });
    expect(wrapped.masterKeyId).toBe('old');
    expect(after.activeKeyId).toBe('new');
    expect(after.unwrap(wrapped.masterKeyId, wrapped.wrapped, 'ctx').toString()).toBe('k'.repeat(32));
  });

  it.each([
    [{}, /REFERRALS_MASTER_KEYS nor REFERRALS_MASTER_KEYS_FILE/],
    [{ REFERRALS_MASTER_KEYS: 'short:AAAA' }, /32 bytes/],
    [
      { REFERRALS_MASTER_KEYS: `a:${randomBytes(32).toString('base64')}`, REFERRALS_ACTIVE_MASTER_KEY: 'b' },
      /not among/,
    ],
  ])('refuses a bad configuration by name (%#)', (environment, message) => {
    expect(() => MasterKeyRing.fromEnvironment(environment)).toThrow(MasterKeyConfigurationError);
    expect(() => MasterKeyRing.fromEnvironment(environment)).toThrow(message);
  });
});
