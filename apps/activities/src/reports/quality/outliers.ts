/** At least this many earlier months are needed before a value is called unusual. */
export const OUTLIER_MIN_HISTORY = 3;
/** A month above this multiple of the partner's own median is flagged for a second look. */
export const OUTLIER_FACTOR = 3;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median the value is compared with when the value is an outlier against the partner's own
 * history, or undefined when it is not (or the history is too short to tell). A typo such as an
 * extra zero is the usual cause, so it warns rather than refuses.
 */
export function outlierMedian(value: number, history: readonly number[]): number | undefined {
  if (history.length < OUTLIER_MIN_HISTORY) return undefined;
  const typical = median(history);
  return typical > 0 && value > OUTLIER_FACTOR * typical ? typical : undefined;
}
