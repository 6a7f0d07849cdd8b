import type { DataSource } from 'typeorm';

/**
 * Waits until every event in the outbox has been published: a short-lived process (a demo-data
 * loader, a migration with events) must not exit while its events are still waiting.
 */
export async function waitForOutboxToDrain(dataSource: DataSource, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending }] = await dataSource.query(
      'SELECT count(*)::int AS pending FROM outbox_message WHERE published_at IS NULL',
    );
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} events still unpublished after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
