import { hashOpaqueSecret, newOpaqueSecret, opaqueSecretMatches } from './opaque-secret';

describe('opaque secrets', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const first = newOpaqueSecret();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newOpaqueSecret()).not.toBe(first);
  });

  it('match their own hash only', () => {
    const secret = newOpaqueSecret();
    const stored = hashOpaqueSecret(secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(opaqueSecretMatches(secret, stored)).toBe(true);
    expect(opaqueSecretMatches(`${secret}x`, stored)).toBe(false);
    expect(opaqueSecretMatches(secret, 'not-a-hash')).toBe(false);
  });
});
