// Story centroids over interned term ids, and the article being placed spread out by term id so
// that scoring it against a centroid needs no lookups by string.
//
// Every sum here adds the same products in the same order as the Map-based `dot`, `truncate`
// and norm of term-weights.ts did (dot walks the smaller vector, the article on a tie), so the
// similarities, and so the decisions, are the same to the last bit.
import type { SparseVector } from './term-weights.ts';
import { grown, type StoryTermIndex } from './story-term-index.ts';

/** A centroid: term ids and weights, in the order a Map of them would iterate. */
export interface Centroid {
  ids: number[];
  weights: number[];
}

/** A centroid as a story that left the window keeps it: term strings (their ids are released)
 *  and single-precision weights. */
export interface CompactVector {
  terms: string[];
  weights: Float32Array;
}

export function emptyCentroid(): Centroid {
  return { ids: [], weights: [] };
}

export function centroidNorm(centroid: Centroid): number {
  let sum = 0;
  for (const weight of centroid.weights) sum += weight * weight;
  return Math.sqrt(sum);
}

export function compactCentroid(centroid: Centroid, terms: StoryTermIndex): CompactVector {
  return { terms: centroid.ids.map((id) => terms.term(id)), weights: Float32Array.from(centroid.weights) };
}

export function expandCentroid(vector: CompactVector, terms: StoryTermIndex): Centroid {
  return { ids: vector.terms.map((term) => terms.intern(term)), weights: Array.from(vector.weights) };
}

/**
 * Keeps the `limit` strongest terms (heavier first, equal weights in term order, as truncate in
 * term-weights.ts) and returns the ids that were dropped.
 */
export function truncateCentroid(centroid: Centroid, limit: number, terms: StoryTermIndex): number[] {
  const { ids, weights } = centroid;
  if (ids.length <= limit) return [];
  const order = ids.map((_, i) => i);
  order.sort((a, b) => weights[b] - weights[a] || (terms.term(ids[a]) < terms.term(ids[b]) ? -1 : 1));
  centroid.ids = order.slice(0, limit).map((i) => ids[i]);
  centroid.weights = order.slice(0, limit).map((i) => weights[i]);
  return order.slice(limit).map((i) => ids[i]);
}

/**
 * The article being placed, by term id: its weight (0 when it lacks the term) and its position
 * in the article vector plus one (0 when it lacks it). Owned by one clusterer; cleared after each
 * article, so it holds nothing between calls.
 */
export class ArticleTerms {
  terms: string[] = [];
  weights: number[] = [];
  /** Term ids in vector order; -1 for a term no story holds (it cannot score). */
  ids: number[] = [];
  private weightById = new Float64Array(1024);
  private positionById = new Int32Array(1024);
  /** Scratch: one product per article term, summed in article order. */
  private products = new Float64Array(64);
  /** Scratch: a centroid spread out by term id (for the headline comparisons). */
  private centroidWeightById = new Float64Array(1024);

  constructor(private readonly index: StoryTermIndex) {}

  /** Spreads out an article vector (terms and weights in vector order) over the known ids. */
  load(terms: string[], weights: number[]): void {
    this.terms = terms;
    this.weights = weights;
    this.ids = terms.map((term) => this.index.idOf(term));
    this.fit();
    this.ids.forEach((id, i) => { if (id >= 0) this.place(id, i); });
    if (this.products.length < terms.length) this.products = new Float64Array(terms.length * 2);
  }

  /** Gives every article term an id (before it joins a centroid). */
  internAll(): void {
    for (let i = 0; i < this.ids.length; i++) {
      if (this.ids[i] >= 0) continue;
      this.ids[i] = this.index.intern(this.terms[i]);
      this.fit();
      this.place(this.ids[i], i);
    }
  }

  clear(): void {
    for (const id of this.ids) {
      if (id < 0) continue;
      this.weightById[id] = 0;
      this.positionById[id] = 0;
    }
    this.ids = [];
  }

  /** Whether the article holds this term. */
  has(id: number): boolean {
    return this.positionById[id] !== 0;
  }

  /** dot(article, centroid) of term-weights.ts, summed in the same order. */
  dot(centroid: Centroid): number {
    const { ids, weights } = centroid;
    const size = this.terms.length;
    let sum = 0;
    if (size > ids.length) {
      // The centroid is the smaller: walk it.
      for (let j = 0; j < ids.length; j++) sum += weights[j] * this.weightById[ids[j]];
      return sum;
    }
    // Walk the article: each shared term's product lands at the article's position of the term.
    const products = this.products;
    products.fill(0, 0, size);
    for (let j = 0; j < ids.length; j++) {
      const at = this.positionById[ids[j]];
      if (at !== 0) products[at - 1] = this.weights[at - 1] * weights[j];
    }
    for (let i = 0; i < size; i++) sum += products[i];
    return sum;
  }

  /**
   * Adds the article to a centroid in place: shared terms are summed where they stand, new terms
   * appended in article order (what adding to a copy of the centroid's Map did). Every article
   * term must have an id (internAll).
   */
  addTo(centroid: Centroid): void {
    const { ids, weights } = centroid;
    const before = ids.length;
    const added = new Uint8Array(this.ids.length);
    for (let j = 0; j < before; j++) {
      const at = this.positionById[ids[j]];
      if (at === 0) continue;
      weights[j] += this.weights[at - 1];
      added[at - 1] = 1;
    }
    for (let i = 0; i < this.ids.length; i++) {
      if (added[i] === 1) continue;
      ids.push(this.ids[i]);
      weights.push(this.weights[i]);
    }
  }

  /** dot(a, centroid) and dot(b, centroid) of term-weights.ts for two small vectors (headlines). */
  headlineDots(a: SparseVector, b: SparseVector, centroid: Centroid): { a: number; b: number } {
    this.fit();
    const spread = this.centroidWeightById;
    centroid.ids.forEach((id, j) => { spread[id] = centroid.weights[j]; });
    const result = { a: this.dotSpread(a, centroid), b: this.dotSpread(b, centroid) };
    for (const id of centroid.ids) spread[id] = 0;
    return result;
  }

  private dotSpread(vector: SparseVector, centroid: Centroid): number {
    let sum = 0;
    if (vector.size > centroid.ids.length) {
      centroid.ids.forEach((id, j) => { sum += centroid.weights[j] * (vector.get(this.index.term(id)) ?? 0); });
      return sum;
    }
    for (const [term, weight] of vector) {
      const id = this.index.idOf(term);
      sum += weight * (id >= 0 ? this.centroidWeightById[id] : 0);
    }
    return sum;
  }

  private place(id: number, position: number): void {
    this.weightById[id] = this.weights[position];
    this.positionById[id] = position + 1;
  }

  /** Grows the by-id arrays to every id given so far, keeping what they hold. */
  private fit(): void {
    const limit = this.index.idLimit;
    if (this.weightById.length >= limit) return;
    const size = Math.max(limit, this.weightById.length * 2);
    this.weightById = grown(this.weightById, size);
    this.positionById = grown(this.positionById, size);
    this.centroidWeightById = grown(this.centroidWeightById, size);
  }
}
