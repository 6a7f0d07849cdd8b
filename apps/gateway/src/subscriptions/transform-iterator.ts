/**
 * An async iterator over `source` that maps each value and drops those mapped to undefined.
 * Ending it (the client unsubscribed, or `stopWhen` fired) ends the source too, which frees its
 * place in the feed.
 */
export function transformIterator<T, U>(
  source: AsyncIterableIterator<T>,
  transform: (value: T) => U | undefined,
  stopWhen?: (stop: () => void) => () => void,
): AsyncIterableIterator<U> {
  let finished = false;
  const finish = async (): Promise<IteratorResult<U>> => {
    if (!finished) {
      finished = true;
      unsubscribe?.();
      await source.return?.();
    }
    return { value: undefined, done: true };
  };
  const unsubscribe = stopWhen?.(() => void finish());
  const iterator: AsyncIterableIterator<U> = {
    async next(): Promise<IteratorResult<U>> {
      while (!finished) {
        const result = await source.next();
        if (result.done) return finish();
        const mapped = transform(result.value);
        if (mapped !== undefined) return { value: mapped, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
