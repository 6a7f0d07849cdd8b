import { AccentDictionary } from './accent-dictionary';
import { spanishDisplayName } from './spanish-name';

describe('spanishDisplayName', () => {
  const dictionary = AccentDictionary.fromTexts([
    'San Martín',
    'Huánuco',
    'San José de Sisa',
    'Maria',
    'María',
    'María',
  ]);

  it('title-cases and takes accents from the dictionary', () => {
    expect(spanishDisplayName('SAN MARTIN', [], dictionary)).toBe('San Martín');
    expect(spanishDisplayName('HUANUCO', [], dictionary)).toBe('Huánuco');
    expect(spanishDisplayName('SANTA MARIA', [], dictionary)).toBe('Santa María');
  });

  it("prefers the unit's own accented text over the dictionary", () => {
    expect(spanishDisplayName('VILLA MARIA', ['Villa Maria'], dictionary)).toBe('Villa Maria');
  });

  it('writes particles in lower case, articles only after de', () => {
    expect(spanishDisplayName('MADRE DE DIOS', [], dictionary)).toBe('Madre de Dios');
    expect(spanishDisplayName('SAN JOSE DE LOS MOLINOS', [], dictionary)).toBe('San José de los Molinos');
    expect(spanishDisplayName('VILLA EL SALVADOR', [], dictionary)).toBe('Villa El Salvador');
    expect(spanishDisplayName('LA LIBERTAD', [], dictionary)).toBe('La Libertad');
  });

  it('capitalises each part of a hyphenated name and keeps letters the source has', () => {
    expect(spanishDisplayName('ANCO-HUALLO', [], dictionary)).toBe('Anco-Huallo');
    expect(spanishDisplayName('CAÑETE', ['Canete'], dictionary)).toBe('Cañete');
    expect(spanishDisplayName('UNION ASHÁNINKA', ['Ashaninka'], dictionary)).toBe('Union Asháninka');
  });

  it('tolerates odd whitespace in the source', () => {
    expect(spanishDisplayName('  SAN   MARTIN ', [], dictionary)).toBe('San Martín');
  });
});
