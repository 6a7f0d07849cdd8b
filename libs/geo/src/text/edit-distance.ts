/**
 * Levenshtein distance between two strings, or `maxDistance + 1` as soon as it is known to exceed
 * `maxDistance`: suggestions only care about near misses, and the early exit keeps a scan over every
 * name in the country cheap.
 */
export function boundedEditDistance(a: string, b: string, maxDistance: number): number {
  const tooFar = maxDistance + 1;
  if (Math.abs(a.length - b.length) > maxDistance) return tooFar;
  let previousRow = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row++) {
    const currentRow = [row];
    let rowMinimum = row;
    for (let column = 1; column <= b.length; column++) {
      const substitution = previousRow[column - 1] + (a[row - 1] === b[column - 1] ? 0 : 1);
      const value = Math.min(previousRow[column] + 1, currentRow[column - 1] + 1, substitution);
      currentRow.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > maxDistance) return tooFar;
    previousRow = currentRow;
  }
  return Math.min(previousRow[b.length], tooFar);
}
