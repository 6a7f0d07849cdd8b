import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hasher';

describe('password hashing (scrypt)', () => {
  const password = 'correct horse battery staple';
  let stored: string;

  beforeAll(async () => {
    stored = await hashPassword(password);
  });

  it('stores the scheme and its parameters with a 16-byte salt and the hash', () => {
    const [scheme, N, r, p, salt, hash] = stored.split('$');
    expect({ scheme, N, r, p }).toEqual({ scheme: 'scrypt', N: '32768', r: '8', p: '1' });
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(stored).not.toContain(password);
  });

  it('verifies the right password and refuses others', async () => {
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash, so one password never gives the same hash twice', async () => {
    const again = await hashPassword(password);
    expect(again).not.toBe(stored);
    expect(await verifyPassword(password, again)).toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const composed = 'contraseña segura de Lima';
    expect(await verifyPassword(composed.normalize('NFD'), await hashPassword(composed))).toBe(true);
  });

  it('verifies with the parameters stored in the hash, so older costs stay readable', async () => {
    const cheaper = await hashPassword(password);
    // Rewrite the stored parameters as a hash made at N = 2^14 would carry them: it must no longer match.
    expect(await verifyPassword(password, cheaper.replace('$32768$', '$16384$'))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['missing parts', 'scrypt$32768$8$1$c2FsdA'],
    ['a cost that is not a power of two', 'scrypt$30000$8$1$c2FsdA$aGFzaA'],
    ['an absurd cost', 'scrypt$1073741824$8$1$c2FsdA$aGFzaA'],
  ])('never matches a malformed stored hash (%s)', async (_case, malformed) => {
    expect(await verifyPassword(password, malformed)).toBe(false);
  });

  it('has a decoy verification that always fails', async () => {
    expect(await verifyAgainstDecoy(password)).toBe(false);
  });
});
