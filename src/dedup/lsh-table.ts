// One LSH band's buckets as an open-addressing table of typed arrays: about 12 bytes an article
// instead of a Map entry's ~40, which matters at 64 bands × every article ever indexed.
// A slot holds an article index; a bucket with several articles keeps them in an overflow list.

const EMPTY = -1;
/** What an empty bucket gives: shared, since most lookups miss. */
const NO_ARTICLES: readonly number[] = Object.freeze([]);

export class BucketTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private used = 0;
  private readonly overflow: number[][] = [];

  constructor(private readonly maxBucketSize: number, capacity = 1024) {
    this.keys = new Uint32Array(capacity);
    this.values = new Int32Array(capacity).fill(EMPTY);
  }

  /** The article indexes in a bucket (empty when none). */
  get(key: number): readonly number[] {
    const slot = this.find(key);
    const value = this.values[slot];
    if (value === EMPTY) return NO_ARTICLES;
    return value >= 0 ? [value] : this.overflow[-value - 2];
  }

  add(key: number, article: number): void {
    const slot = this.find(key);
    const value = this.values[slot];
    if (value === EMPTY) {
      this.keys[slot] = key;
      this.values[slot] = article;
      if (++this.used * 2 > this.keys.length) this.grow();
    } else if (value >= 0) {
      this.overflow.push([value, article]);
      this.values[slot] = -(this.overflow.length - 1) - 2;
    } else {
      const list = this.overflow[-value - 2];
      if (list.length < this.maxBucketSize) list.push(article);
    }
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.values[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] === EMPTY) continue;
      const slot = this.find(oldKeys[i]);
      this.keys[slot] = oldKeys[i];
      this.values[slot] = oldValues[i];
    }
  }
}
