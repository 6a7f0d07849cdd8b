import { randomBytes } from 'node:crypto';
import { blindTerm, nameTokens, normaliseDocumentNumber, phoneticKey } from './blind-index';

describe('blind-index normalisation', () => {
  it.each([
    ['José', 'Yosé'],
    ['González', 'Gonsalez'],
    ['Yeferson', 'Jeferson'],
    ['Valentina', 'Balentina'],
    ['Quintero', 'Kintero'],
    ['Guillermo', 'Giyermo'],
    ['Hernández', 'Ernandez'],
    ['Ximena', 'Ksimena'],
    ['Cecilia', 'Sesilia'],
    ['Rocío', 'Rosio'],
    ['Anny', 'Ani'],
    ['Matthew', 'Mateu'],
  ])('hears %s and %s as one name', (written, heard) => {
    expect(phoneticKey(heard)).toBe(phoneticKey(written));
  });

  it.each([
    ['Pérez', 'Ramírez'],
    ['Ana', 'Luis'],
    ['Barrios', 'Barrera'],
  ])('keeps %s and %s apart', (one, other) => {
    expect(phoneticKey(one)).not.toBe(phoneticKey(other));
  });

  it('splits names into words without accents, punctuation or particles', () => {
    expect(nameTokens('María-José  de la Cruz y Peña')).toEqual(['maria', 'jose', 'cruz', 'pena']);
  });

  it('normalises document numbers as people type them', () => {
    expect(normaliseDocumentNumber(' v-27.845 113 ')).toBe('V27845113');
  });

  it('gives opaque terms that differ by organisation key and by kind', () => {
    const one = randomBytes(32);
    const other = randomBytes(32);
    expect(blindTerm(one, 'name', 'yose')).toMatch(/^[0-9a-f]{24}$/);
    expect(blindTerm(one, 'name', 'yose')).toBe(blindTerm(one, 'name', 'yose'));
    expect(blindTerm(other, 'name', 'yose')).not.toBe(blindTerm(one, 'name', 'yose'));
    expect(blindTerm(one, 'document-number', 'yose')).not.toBe(blindTerm(one, 'name', 'yose'));
  });
});
