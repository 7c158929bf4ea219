// Document frequencies in a fixed-size hashed table (bounded whatever the vocabulary), and the
// tf-idf article vectors built from them. Each engine instance owns its own table.
import type { Fingerprint, VocabularyState } from './types.ts';
import { ARTICLE_VECTOR_TERMS, DOCUMENT_FREQUENCY_BITS, MAX_TERM_WEIGHT, TITLE_TERM_BOOST } from './config.ts';
import { hashString } from './hash.ts';

export type SparseVector = Map<string, number>;

/** Anything that knows how rare a term is. */
export interface TermRarity { idf(term: string): number }

export class DocumentFrequencies {
  private readonly counts: Uint32Array;
  private readonly mask: number;
  documents = 0;

  constructor(bits = DOCUMENT_FREQUENCY_BITS) {
    this.counts = new Uint32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  addDocument(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) this.counts[hashString(term) & this.mask]++;
  }

  /** Counts a document given as distinct term hashes (hashString of each term). */
  addDocumentHashes(termHashes: Iterable<number>): void {
    this.documents++;
    for (const hash of termHashes) this.counts[hash & this.mask]++;
  }

  frequency(term: string): number {
    return this.counts[hashString(term) & this.mask];
  }

  frequencyOfHash(termHash: number): number {
    return this.counts[termHash & this.mask];
  }

  /** Smoothed inverse document frequency; a term never seen weighs as a rare one. */
  idf(term: string): number {
    return Math.log((this.documents + 1) / (this.frequency(term) + 1)) + 1;
  }

  toState(): VocabularyState {
    return { documents: this.documents, frequencies: Buffer.from(this.counts.buffer, this.counts.byteOffset, this.counts.byteLength).toString('base64') };
  }

  static fromState(state: VocabularyState): DocumentFrequencies {
    const bytes = Buffer.from(state.frequencies, 'base64');
    const bits = Math.log2(bytes.byteLength / 4);
    if (!Number.isInteger(bits) || bits < 4 || bits > 26) throw new RangeError('vocabulary state has a frequency table of an unexpected size');
    const table = new DocumentFrequencies(bits);
    table.counts.set(new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    table.documents = state.documents;
    return table;
  }
}

/** The distinct terms of a fingerprint that count as its document for frequencies. */
export function documentTerms(fp: Fingerprint): Set<string> {
  return new Set([...fp.terms, ...fp.titleTerms]);
}

/** tf-idf vector of an article: title terms boosted, strongest terms kept, no term above
 *  MAX_TERM_WEIGHT (so a single frequent word cannot glue articles together), unit length. */
export function articleVector(fp: Pick<Fingerprint, 'terms' | 'termCounts' | 'titleTerms'>, frequencies: TermRarity): SparseVector {
  const tf = new Map<string, number>();
  fp.terms.forEach((term, index) => tf.set(term, fp.termCounts[index] ?? 1));
  for (const term of fp.titleTerms) tf.set(term, (tf.get(term) ?? 0) + TITLE_TERM_BOOST);
  const weighted = [...tf].map(([term, count]) => [term, (1 + Math.log(count)) * frequencies.idf(term)] as [string, number]);
  return capAndNormalize(new Map(strongest(weighted, ARTICLE_VECTOR_TERMS)));
}

type Weighted = [term: string, weight: number];

/** Heavier first; equal weights in term order, so the choice never depends on input order. */
function strongerFirst(a: Weighted, b: Weighted): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
}

/**
 * The `limit` strongest terms, strongest first: what sorting all and slicing gives, without
 * sorting the hundreds of terms of a long article to keep its 30 strongest.
 */
function strongest(weighted: Weighted[], limit: number): Weighted[] {
  if (weighted.length <= limit) return weighted.sort(strongerFirst);
  const kept = weighted.slice(0, limit).sort(strongerFirst);
  for (let i = limit; i < weighted.length; i++) {
    const candidate = weighted[i];
    if (strongerFirst(candidate, kept[limit - 1]) >= 0) continue;
    let at = limit - 1;
    while (at > 0 && strongerFirst(candidate, kept[at - 1]) < 0) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = candidate;
  }
  return kept;
}

export function capAndNormalize(vector: SparseVector): SparseVector {
  let out = normalize(vector);
  // Capping changes the norm, so cap and renormalise twice; the second pass settles it.
  for (let round = 0; round < 2; round++) {
    let capped = false;
    for (const [term, weight] of out) if (weight > MAX_TERM_WEIGHT) { out.set(term, MAX_TERM_WEIGHT); capped = true; }
    if (!capped) break;
    out = normalize(out);
  }
  return out;
}

export function normalize(vector: SparseVector): SparseVector {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm === 0) return new Map();
  return new Map([...vector].map(([term, weight]) => [term, weight / norm]));
}

/** Dot product; for unit vectors, the cosine. */
export function dot(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) return dot(b, a); // walk the smaller one
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

/** Keeps the `limit` strongest terms. */
export function truncate(vector: SparseVector, limit: number): SparseVector {
  if (vector.size <= limit) return vector;
  return new Map([...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

/** The headline alone as a unit vector of its idf-weighted terms (to pick a story's title). */
export function headlineVector(fp: Pick<Fingerprint, 'titleTerms'>, frequencies: TermRarity): SparseVector {
  return normalize(new Map(fp.titleTerms.map((term) => [term, frequencies.idf(term)])));
}
