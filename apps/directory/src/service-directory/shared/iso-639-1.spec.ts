import { ISO_639_1_CODES, isIso6391Code, languageName } from './iso-639-1';

describe('ISO 639-1 codes', () => {
  it('lists the 183 current codes', () => {
    expect(ISO_639_1_CODES.size).toBe(183);
    expect([...ISO_639_1_CODES].every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
  });

  it('knows the languages of the response and refuses three-letter and invented codes', () => {
    expect(['es', 'en', 'pt', 'qu', 'ay', 'ht'].every(isIso6391Code)).toBe(true);
    expect(isIso6391Code('spa')).toBe(false);
    expect(isIso6391Code('xx')).toBe(false);
    expect(isIso6391Code('bh')).toBe(false);
  });

  it('names languages in Spanish', () => {
    expect(languageName('es')).toBe('Español');
    expect(languageName('qu')).toBe('Quechua');
  });
});
