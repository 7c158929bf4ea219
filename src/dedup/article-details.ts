// What the duplicate rule reads of an indexed article beyond its MinHash: the exact shingles,
// the term hashes and the paragraph hashes. DuplicateIndex keeps them only for recent and
// recently used articles (RECENT_DETAILS, in an LruMap it trims between batches); the rest are
// loaded back from the store's fingerprints when a new article may copy them, so memory does not
// grow with the articles in the horizon.
import { hashString } from './hash.ts';
import type { Fingerprint } from './types.ts';

export interface ArticleDetails {
  /** Shingle hashes, sorted ascending. */
  shingles: Uint32Array;
  /** Hashes of the content terms, distinct and sorted, for membership tests. */
  termHashes: Uint32Array;
  paragraphHashes: string[];
}

export function detailsOf(fp: Fingerprint, termHashes = distinctSortedHashes(fp.terms)): ArticleDetails {
  return { shingles: fp.shingles, termHashes, paragraphHashes: fp.paragraphHashes };
}

/** The distinct hashes of these terms, ascending. */
export function distinctSortedHashes(terms: readonly string[]): Uint32Array {
  const hashes = new Uint32Array(terms.length);
  for (let i = 0; i < terms.length; i++) hashes[i] = hashString(terms[i]);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return distinct === hashes.length ? hashes : hashes.slice(0, distinct);
}
