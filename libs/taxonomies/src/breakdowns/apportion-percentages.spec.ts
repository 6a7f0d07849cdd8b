import { apportionPercentages } from './apportion-percentages';

function sumOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

describe('apportionPercentages', () => {
  it('gives the leftover point to the share that lost most in rounding', () => {
    // Exact shares 18.75, 31.25, 50: rounding down loses .75 on the first, .25 on the second.
    expect(apportionPercentages([3, 5, 8])).toEqual([19, 31, 50]);
  });

  it('breaks ties in favour of the count listed first', () => {
    // Exact shares 14.5, 28.5, 57: rounding each half up would give 101.
    expect(apportionPercentages([145, 285, 570])).toEqual([15, 28, 57]);
  });

  it('adds up to exactly 100 where rounding each share would not', () => {
    const thirds = apportionPercentages([1, 1, 1])!;
    expect(thirds).toEqual([34, 33, 33]);
    expect(sumOf(thirds)).toBe(100);
    const sevenths = apportionPercentages([1, 1, 1, 1, 1, 1, 1])!;
    expect(sumOf(sevenths)).toBe(100);
  });

  it('keeps exact shares exact', () => {
    expect(apportionPercentages([1, 1, 2])).toEqual([25, 25, 50]);
    expect(apportionPercentages([0, 7, 0])).toEqual([0, 100, 0]);
  });

  it('rounds to decimals in units of that size', () => {
    const shares = apportionPercentages([1, 1, 1], 1)!;
    expect(shares).toEqual([33.4, 33.3, 33.3]);
    expect(Math.round(sumOf(shares) * 10)).toBe(1000);
  });

  it('has no shares of nobody', () => {
    expect(apportionPercentages([0, 0, 0])).toBeUndefined();
    expect(apportionPercentages([])).toBeUndefined();
  });

  it('handles populations the size of a country', () => {
    expect(sumOf(apportionPercentages([1_029_000, 468_746, 1], 2)!.map((share) => share * 100))).toBeCloseTo(10_000, 6);
  });

  it.each([[[-1, 2]], [[1.5, 2]], [[Number.NaN]]])('refuses counts %p', (counts) => {
    expect(() => apportionPercentages(counts)).toThrow(RangeError);
  });

  it.each([-1, 4, 0.5])('refuses %p decimals', (decimals) => {
    expect(() => apportionPercentages([1], decimals)).toThrow(RangeError);
  });
});
