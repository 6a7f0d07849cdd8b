import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('grows exponentially within the upper half of its ceiling', () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const ceiling = 100 * 2 ** (attempt - 1);
      const delay = retryDelayMs(attempt, 100, 10_000);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never exceeds the maximum', () => {
    expect(retryDelayMs(40, 100, 5_000)).toBeLessThanOrEqual(5_000);
  });
});
