import { parseNameAmendments, parseValidityAmendments } from './amendments';

describe('amendment files', () => {
  it('read validity periods, an empty valid_to meaning still current', () => {
    const text = 'pcode,valid_from,valid_to,note\nPE150144,2020-01-01,2024-12-31,merged\nPE1608,2014-08-03,,created\n';
    expect(parseValidityAmendments(text)).toEqual([
      { pcode: 'PE150144', validFrom: '2020-01-01', validTo: '2024-12-31', note: 'merged' },
      { pcode: 'PE1608', validFrom: '2014-08-03', validTo: null, note: 'created' },
    ]);
  });

  it('refuse bad P-codes and dates', () => {
    expect(() => parseValidityAmendments('pcode,valid_from,valid_to,note\n150144,2020-01-01,,x')).toThrow(/P-code/);
    expect(() => parseValidityAmendments('pcode,valid_from,valid_to,note\nPE15,2020-13-01,,x')).toThrow(/valid_from/);
    expect(() => parseValidityAmendments('pcode,valid_from,valid_to,note\nPE15,2020-01-02,2020-01-01,x')).toThrow(
      /before/,
    );
    expect(() => parseNameAmendments('pcode,name,note\nPE03, ,x')).toThrow(/empty name/);
  });
});
