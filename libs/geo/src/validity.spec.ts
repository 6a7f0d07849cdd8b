import { isIsoDate, isValidOn, toIsoDate } from './validity';

describe('validity', () => {
  const retired = { validFrom: '2020-01-01', validTo: '2021-06-30' };

  it('includes both ends of the period', () => {
    expect(isValidOn(retired, '2019-12-31')).toBe(false);
    expect(isValidOn(retired, '2020-01-01')).toBe(true);
    expect(isValidOn(retired, '2021-06-30')).toBe(true);
    expect(isValidOn(retired, '2021-07-01')).toBe(false);
    expect(isValidOn({ validFrom: '2020-01-01', validTo: null }, '2999-01-01')).toBe(true);
  });

  it('takes ISO dates and Dates, and today by default', () => {
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(toIsoDate(new Date('2024-03-31T23:00:00Z'))).toBe('2024-03-31');
    expect(toIsoDate()).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses impossible or malformed dates', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(() => toIsoDate('31/12/2024')).toThrow(RangeError);
    expect(() => toIsoDate(new Date('nonsense'))).toThrow(RangeError);
  });
});
