// The MinHash signatures of the indexed articles, one row per article index in one growing typed
// array (512 bytes an article, no object per signature). DuplicateIndex keeps them so that it can
// estimate a pair's Jaccard before loading anything to compare it exactly, and re-file an
// article's LSH buckets when it compacts.
import { MINHASH_SIZE } from './config.ts';

const FIRST_CAPACITY = 1024;

export class MinhashRows {
  private values = new Uint32Array(FIRST_CAPACITY * MINHASH_SIZE);

  set(index: number, minhash: Uint32Array): void {
    const end = (index + 1) * MINHASH_SIZE;
    if (end > this.values.length) {
      const larger = new Uint32Array(Math.max(end, this.values.length * 2));
      larger.set(this.values);
      this.values = larger;
    }
    this.values.set(minhash.subarray(0, MINHASH_SIZE), index * MINHASH_SIZE);
  }

  /** A view of one row (valid until the next set or keep). */
  row(index: number): Uint32Array {
    return this.values.subarray(index * MINHASH_SIZE, (index + 1) * MINHASH_SIZE);
  }

  /** The share of positions where a signature and a row agree: MinHash's estimate of the Jaccard. */
  agreement(minhash: Uint32Array, index: number): number {
    const values = this.values;
    const offset = index * MINHASH_SIZE;
    let equal = 0;
    for (let i = 0; i < MINHASH_SIZE; i++) if (minhash[i] === values[offset + i]) equal++;
    return equal / MINHASH_SIZE;
  }

  /** The same between two rows. */
  agreementOfRows(a: number, b: number): number {
    return this.agreement(this.row(a), b);
  }

  /** Keeps only these rows, renumbered 0, 1, 2… in the order given. */
  keep(indexes: readonly number[]): void {
    const kept = new Uint32Array(Math.max(FIRST_CAPACITY, indexes.length * 2) * MINHASH_SIZE);
    indexes.forEach((index, at) => kept.set(this.row(index), at * MINHASH_SIZE));
    this.values = kept;
  }
}
