import { GraphQLError } from 'graphql';
import { COMMON_PASSWORDS } from './common-passwords';
import { assertStrongPassword, passwordWeakness } from './password-policy';

const EMAIL = 'maria.quispe@caritas.org.pe';

describe('password policy', () => {
  it.each([
    ['12 characters exactly', 'Tambo-Lluvia', EMAIL],
    ['200 characters', 'a'.repeat(200), EMAIL],
    ['a passphrase with accents', 'la llama come ñandú en Puno', EMAIL],
    ['a local part too short to check ("jo")', 'jo-likes-long-passphrases', 'jo@ong.pe'],
  ])('accepts %s', (_case, password, email) => {
    expect(passwordWeakness(password, email)).toBeNull();
  });

  it.each([
    ['11 characters', 'Tambo-Lluvi', 'must have at least 12 characters'],
    ['201 characters', 'a'.repeat(201), 'must have at most 200 characters'],
    ['a common password', 'Password1234', 'is one of the most common passwords'],
    ['a common Spanish password', 'CONTRASEÑA123', 'is one of the most common passwords'],
    ['the e-mail local part', 'mi-clave-maria.quispe!', 'must not contain the e-mail address'],
    ['the local part in other case', 'XX-MARIA.QUISPE-XX', 'must not contain the e-mail address'],
  ])('refuses %s', (_case, password, reason) => {
    expect(passwordWeakness(password, EMAIL)).toBe(reason);
  });

  it('counts characters, not UTF-16 units', () => {
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(passwordWeakness('🦙'.repeat(11), EMAIL)).toBe('must have at least 12 characters');
    expect(passwordWeakness('🦙'.repeat(12), EMAIL)).toBeNull();
  });

  it('lists only lower-case entries long enough to pass the length rule', () => {
    for (const common of COMMON_PASSWORDS) {
      expect(common).toBe(common.toLowerCase());
      expect([...common].length).toBeGreaterThanOrEqual(12);
    }
  });

  it('refuses with AUTH.WEAK_PASSWORD on input.password', () => {
    let thrown: unknown;
    try {
      assertStrongPassword('short', EMAIL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toEqual({ code: 'AUTH.WEAK_PASSWORD', field: 'input.password' });
  });
});
