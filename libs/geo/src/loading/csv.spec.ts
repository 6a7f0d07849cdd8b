import { parseCsvRecords, parseCsvRows } from './csv';

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields, and CRLF', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n';
    expect(parseCsvRows(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });

  it('maps records by header and skips a byte-order mark', () => {
    expect(parseCsvRecords('\uFEFFinei,name\n010000,AMAZONAS')).toEqual([{ inei: '010000', name: 'AMAZONAS' }]);
  });

  it('refuses records with the wrong number of fields and unterminated quotes', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/3 fields/);
    expect(() => parseCsvRows('a,"b\n')).toThrow(SyntaxError);
  });

  it('gives nothing for an empty file', () => {
    expect(parseCsvRecords('')).toEqual([]);
  });
});
