import { LiveFeed } from './live-feed';

describe('LiveFeed', () => {
  it('delivers every published value to every subscriber, in order', async () => {
    const feed = new LiveFeed<number>();
    const first = feed.subscribe();
    const second = feed.subscribe();
    feed.publish(1);
    feed.publish(2);
    expect([(await first.next()).value, (await first.next()).value]).toEqual([1, 2]);
    expect([(await second.next()).value, (await second.next()).value]).toEqual([1, 2]);
  });

  it('resolves a waiting subscriber when a value arrives', async () => {
    const feed = new LiveFeed<string>();
    const subscriber = feed.subscribe();
    const pending = subscriber.next();
    feed.publish('registered');
    await expect(pending).resolves.toEqual({ value: 'registered', done: false });
  });

  it('forgets a subscriber that returned, and ends its waiting read', async () => {
    const feed = new LiveFeed<number>();
    const subscriber = feed.subscribe();
    const pending = subscriber.next();
    await subscriber.return!();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(feed.subscriberCount).toBe(0);
  });

  it('disconnects a subscriber that falls too far behind instead of buffering without bound', async () => {
    const feed = new LiveFeed<number>(3);
    const slow = feed.subscribe();
    for (let value = 0; value < 4; value++) feed.publish(value);
    expect(feed.subscriberCount).toBe(0);
    await expect(slow.next()).resolves.toEqual({ value: undefined, done: true });
  });
});
