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
    return this.idfOfHash(hashString(term));
  }

  /** idf of a term given as its hash (hashString). */
  idfOfHash(termHash: number): number {
    return Math.log((this.documents + 1) / (this.frequencyOfHash(termHash) + 1)) + 1;
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

/** A vector as two arrays in its order (no Map), as the story clusterer uses it. */
export interface WeightedTerms {
  terms: string[];
  weights: number[];
}

/** An article's distinct terms (its body terms, then the title terms not among them) with their
 *  term frequencies, title terms boosted. They are also the terms its document counts for in
 *  document frequencies. */
export interface TermCounts {
  terms: string[];
  counts: number[];
}

export function termCounts(fp: Pick<Fingerprint, 'terms' | 'termCounts' | 'titleTerms'>): TermCounts {
  const indexOf = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  fp.terms.forEach((term, index) => {
    const count = fp.termCounts[index] ?? 1;
    const at = indexOf.get(term);
    if (at !== undefined) { counts[at] = count; return; }
    indexOf.set(term, terms.length);
    terms.push(term);
    counts.push(count);
  });
  for (const term of fp.titleTerms) {
    const at = indexOf.get(term);
    if (at !== undefined) { counts[at] += TITLE_TERM_BOOST; continue; }
    indexOf.set(term, terms.length);
    terms.push(term);
    counts.push(TITLE_TERM_BOOST);
  }
  return { terms, counts };
}

/** tf-idf vector of an article: title terms boosted, strongest terms kept, no term above
 *  MAX_TERM_WEIGHT (so a single frequent word cannot glue articles together), unit length. */
export function articleVector(fp: Pick<Fingerprint, 'terms' | 'termCounts' | 'titleTerms'>, frequencies: TermRarity): SparseVector {
  const counts = termCounts(fp);
  const vector = weighTerms(counts, counts.terms.map((term) => frequencies.idf(term)));
  return new Map(vector.terms.map((term, i) => [term, vector.weights[i]]));
}

/** articleVector from an article's term counts and each term's idf (in the same order). */
export function weighTerms({ terms, counts }: TermCounts, idfs: readonly number[]): WeightedTerms {
  const weights = counts.map((count, i) => (1 + Math.log(count)) * idfs[i]);
  const kept = strongest(terms, weights, ARTICLE_VECTOR_TERMS);
  return capAndNormalize({ terms: kept.map((i) => terms[i]), weights: kept.map((i) => weights[i]) });
}

/**
 * The indexes of the `limit` strongest terms, strongest first (heavier first, equal weights in
 * term order, so the choice never depends on input order): what sorting all and slicing gives,
 * without sorting the hundreds of terms of a long article to keep its 30 strongest.
 */
function strongest(terms: readonly string[], weights: readonly number[], limit: number): number[] {
  const strongerFirst = (a: number, b: number) => weights[b] - weights[a] || (terms[a] < terms[b] ? -1 : 1);
  const all = terms.map((_, i) => i);
  if (all.length <= limit) return all.sort(strongerFirst);
  const kept = all.slice(0, limit).sort(strongerFirst);
  for (let i = limit; i < all.length; i++) {
    if (strongerFirst(i, kept[limit - 1]) >= 0) continue;
    let at = limit - 1;
    while (at > 0 && strongerFirst(i, kept[at - 1]) < 0) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = i;
  }
  return kept;
}

function capAndNormalize(vector: WeightedTerms): WeightedTerms {
  let out = unitLength(vector);
  // Capping changes the norm, so cap and renormalise twice; the second pass settles it.
  for (let round = 0; round < 2; round++) {
    let capped = false;
    out.weights.forEach((weight, i) => { if (weight > MAX_TERM_WEIGHT) { out.weights[i] = MAX_TERM_WEIGHT; capped = true; } });
    if (!capped) break;
    out = unitLength(out);
  }
  return out;
}

function unitLength({ terms, weights }: WeightedTerms): WeightedTerms {
  let sum = 0;
  for (const weight of weights) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm === 0) return { terms: [], weights: [] };
  return { terms, weights: weights.map((weight) => weight / norm) };
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

/** The headline alone as a unit vector of its idf-weighted terms (to pick a story's title). */
export function headlineVector(fp: Pick<Fingerprint, 'titleTerms'>, frequencies: TermRarity): SparseVector {
  return normalize(new Map(fp.titleTerms.map((term) => [term, frequencies.idf(term)])));
}
