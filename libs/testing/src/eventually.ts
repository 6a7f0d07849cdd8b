/**
 * Retries an assertion until it passes or the time is up, then rethrows its last failure: for
 * effects that arrive asynchronously through Kafka.
 */
export async function eventually<T>(assertion: () => Promise<T> | T, timeoutMs = 30_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
