import { COMMA_DECIMAL, guessNumberFormat, POINT_DECIMAL } from './number-format';

describe('guessNumberFormat', () => {
  it('follows numbers that can only be read one way', () => {
    expect(guessNumberFormat([['1,234,567'], ['2.5']], ';')).toEqual(POINT_DECIMAL);
    expect(guessNumberFormat([['1.234.567'], ['2,5']], ',')).toEqual(COMMA_DECIMAL);
    expect(guessNumberFormat([['1.234,50']], ',')).toEqual(COMMA_DECIMAL);
  });

  it('does not count 1.234 or 1,234, which read both ways, and then follows the delimiter', () => {
    expect(guessNumberFormat([['1.234'], ['5,000']], ';')).toEqual(COMMA_DECIMAL);
    expect(guessNumberFormat([['1.234'], ['5,000']], ',')).toEqual(POINT_DECIMAL);
    expect(guessNumberFormat([['Lima', null]], undefined)).toEqual(POINT_DECIMAL);
  });
});
