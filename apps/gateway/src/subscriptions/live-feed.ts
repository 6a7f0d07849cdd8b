/**
 * Fans one stream of values out to many subscribers, each as an async iterator. A subscriber that
 * falls more than `maxBuffered` values behind is disconnected rather than letting memory grow.
 */
export class LiveFeed<T> {
  private readonly subscribers = new Set<Subscriber<T>>();

  constructor(private readonly maxBuffered = 1_000) {}

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  publish(value: T): void {
    for (const subscriber of this.subscribers) subscriber.push(value);
  }

  subscribe(): AsyncIterableIterator<T> {
    const subscriber = new Subscriber<T>(this.maxBuffered, () => this.subscribers.delete(subscriber));
    this.subscribers.add(subscriber);
    return subscriber;
  }

  closeAll(): void {
    for (const subscriber of [...this.subscribers]) void subscriber.return();
  }
}

class Subscriber<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly maxBuffered: number,
    private readonly onClose: () => void,
  ) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    if (this.buffer.length >= this.maxBuffered) {
      void this.return();
      return;
    }
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.buffer.length = 0;
      this.onClose();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
