import { searchKey, toAscii, toUpperWithoutAccents } from './normalize';

describe('text normalisation', () => {
  it('makes names comparable regardless of accents, case, punctuation and spacing', () => {
    expect(searchKey('  San-Martín ')).toBe('san martin');
    expect(searchKey('SAN MARTIN')).toBe('san martin');
    expect(searchKey('Cañete')).toBe(searchKey('CANETE'));
    expect(searchKey('Anco_Huallo')).toBe('anco huallo');
  });

  it('drops every diacritic for ASCII names', () => {
    expect(toAscii('Huánuco')).toBe('Huanuco');
    expect(toAscii('Zúñiga')).toBe('Zuniga');
  });

  it('keeps ñ when only accents are removed, as in the source name columns', () => {
    expect(toUpperWithoutAccents('Marañón')).toBe('MARAÑON');
  });
});
