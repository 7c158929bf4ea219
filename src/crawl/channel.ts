// A bounded first-in first-out channel between concurrent producers (fetches completing) and one
// consumer (the ingest pipeline pulling items). Producers wait when it is full, so a fast network
// cannot pile fetched pages up in memory faster than they are processed.

export class Channel<T> {
  private readonly items: T[] = [];
  private readonly capacity: number;
  private closed = false;
  private takers: Array<() => void> = [];
  private putters: Array<() => void> = [];

  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
  }

  async put(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.putters.push(resolve));
    }
    if (this.closed) throw new Error('put on a closed channel');
    this.items.push(item);
    this.wake('takers');
  }

  /** No more items will come; the consumer drains what is left, then stops. */
  close(): void {
    this.closed = true;
    this.wake('takers');
    this.wake('putters');
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.wake('putters');
        yield item;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => this.takers.push(resolve));
    }
  }

  private wake(who: 'takers' | 'putters'): void {
    const waiting = this[who];
    this[who] = [];
    for (const resolve of waiting) resolve();
  }
}
