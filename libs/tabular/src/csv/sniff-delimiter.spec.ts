import { sniffDelimiter } from './sniff-delimiter';

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it('prefers the semicolon when decimal commas appear as often', () => {
    expect(sniffDelimiter('zona;total;tasa\nLima;1,5;2,5\nCusco;3,5;4,5\n')).toBe(';');
  });

  it('ignores delimiters inside quotes, including quoted line breaks', () => {
    expect(sniffDelimiter('name,note\n"a; b; c","x;\ny;z"\n"d; e",f\n')).toBe(',');
  });

  it('is not misled by title rows without delimiters', () => {
    expect(sniffDelimiter('Informe mensual\n\nSocio;Mes;Total\nA;2025-01;3\nB;2025-01;4\n')).toBe(';');
  });

  it('falls back to comma for a single column', () => {
    expect(sniffDelimiter('codigo\nPE15\nPE07\n')).toBe(',');
  });
});
