// Counts each article into a document-frequency table and weighs it by the table: its tf-idf
// vector and its headline vector, as articleVector and headlineVector (term-weights.ts) give them.
// Each distinct term is hashed once (FNV, as the table needs) and found again by that hash in a
// small open-addressing table, so the article's hundreds of terms never go through a Map.
import type { Fingerprint } from './types.ts';
import { TITLE_TERM_BOOST } from './config.ts';
import { hashString } from './hash.ts';
import { type DocumentFrequencies, type SparseVector, type WeightedTerms, normalize, weighTerms } from './term-weights.ts';

export class ArticleWeigher {
  /** Open addressing over term hashes: the index of the term + 1 in the article being counted,
   *  valid where `stampAt` holds the current article's stamp (so clearing is free). */
  private indexAt = new Int32Array(2048);
  private stampAt = new Int32Array(2048);
  private stamp = 0;

  constructor(private readonly frequencies: DocumentFrequencies) {}

  countAndWeigh(fp: Pick<Fingerprint, 'terms' | 'termCounts' | 'titleTerms'>): { vector: WeightedTerms; headline: SparseVector } {
    this.prepare(fp.terms.length + fp.titleTerms.length);
    const terms: string[] = [];
    const counts: number[] = [];
    const hashes: number[] = [];
    const indexOf = (term: string, hash: number): number => {
      const mask = this.indexAt.length - 1;
      for (let at = hash & mask; ; at = (at + 1) & mask) {
        if (this.stampAt[at] !== this.stamp) {
          this.stampAt[at] = this.stamp;
          this.indexAt[at] = terms.length + 1;
          terms.push(term);
          hashes.push(hash);
          counts.push(0);
          return terms.length - 1;
        }
        const index = this.indexAt[at] - 1;
        if (hashes[index] === hash && terms[index] === term) return index;
      }
    };
    // As termCounts: body terms first (a repeated one keeps its last count), then title terms boosted.
    fp.terms.forEach((term, i) => { counts[indexOf(term, hashString(term))] = fp.termCounts[i] ?? 1; });
    const titleIndexes = fp.titleTerms.map((term) => indexOf(term, hashString(term)));
    for (const index of titleIndexes) counts[index] += TITLE_TERM_BOOST;

    this.frequencies.addDocumentHashes(hashes);
    const idfs = hashes.map((hash) => this.frequencies.idfOfHash(hash));
    const headline = normalize(new Map(fp.titleTerms.map((term, k) => [term, idfs[titleIndexes[k]]])));
    return { vector: weighTerms({ terms, counts }, idfs), headline };
  }

  /** A fresh stamp, and a table at least twice the terms to come. */
  private prepare(terms: number): void {
    if (this.indexAt.length < 2 * terms) {
      let size = this.indexAt.length;
      while (size < 2 * terms) size *= 2;
      this.indexAt = new Int32Array(size);
      this.stampAt = new Int32Array(size);
      this.stamp = 0;
    }
    if (this.stamp === 0x7fffffff) { this.stampAt.fill(0); this.stamp = 0; }
    this.stamp++;
  }
}
