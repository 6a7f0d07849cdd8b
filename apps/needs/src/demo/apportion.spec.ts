import { apportion } from './apportion';

describe('apportion (largest remainder)', () => {
  it('adds up to the total exactly', () => {
    const parts = apportion(1_490_000, [640, 75, 55, 40, 30, 22, 18, 16, 20, 3]);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(1_490_000);
  });

  it('gives the units lost in rounding to the largest remainders, ties to the first listed', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [50, 30, 20])).toEqual([4, 2, 1]);
    expect(apportion(100, [1, 2])).toEqual([33, 67]);
  });

  it('gives nothing to a zero weight and everything to a single weight', () => {
    expect(apportion(5, [0, 3])).toEqual([0, 5]);
    expect(apportion(0, [1, 1])).toEqual([0, 0]);
  });

  it('refuses weights that cannot share anything', () => {
    expect(() => apportion(5, [0, 0])).toThrow('at least one weight must be above 0');
    expect(() => apportion(-1, [1])).toThrow(RangeError);
  });
});
