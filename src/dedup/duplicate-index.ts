// Incremental near-duplicate detection: MinHash signatures in LSH buckets (in memory, bounded per
// bucket), a containment test on the candidates, a rare-term test against templates, and duplicate
// groups whose representative is the earliest publisher.
//
// Memory: for every article in the horizon the index holds its id, time, shingle count and
// MinHash row (~0.6 KB); the exact shingles, term hashes and paragraph hashes (~6 KB) only for
// recent and recently used articles (an LruMap trimmed only between batches, so what a batch
// loaded stays until it is placed). A candidate whose MinHash says it cannot be a
// copy is dropped without its details; the few left are compared exactly. A caller that keeps the
// details bounded (trimDetails) supplies the missing ones before each batch: detailsToLoad() names
// them, supplyFingerprints() hands them over (ArchiveClustering reads them from the store).
import type { DedupInput, DuplicateMatch, Fingerprint } from './types.ts';
import {
  DUPLICATE_MIN_CONTAINMENT, DUPLICATE_MIN_LENGTH_RATIO, EXACT_COMPARISON_MARGIN, HORIZON_CHECK_EVERY, HORIZON_COMPACT_SHARE,
  LSH_BANDS, LSH_ROWS, MAX_BUCKET_SIZE, MAX_CANDIDATES, MAX_FUTURE_MS, MEMORY_HORIZON_DAYS, MIN_SHINGLES, NOVEL_RARE_TERM_SHARE,
  RARE_TERM_MAX_SHARE, RARE_TERM_MIN_DOCUMENTS,
} from './config.ts';
import { LruMap } from '../core/lru-map.ts';
import { detailsOf, distinctSortedHashes, type ArticleDetails } from './article-details.ts';
import { shingleOverlap } from './fingerprint.ts';
import { finalizeHash } from './hash.ts';
import { BucketTable } from './lsh-table.ts';
import { MinhashRows } from './minhash-rows.ts';
import { differingParagraphs } from './paragraph-diff.ts';
import { DocumentFrequencies } from './term-weights.ts';

/** What the index keeps of every article in the horizon: no text, no shingles (see the header). */
interface IndexedArticle {
  id: string;
  time: number;
  shingleCount: number;
}

const HORIZON_MS = MEMORY_HORIZON_DAYS * 86_400_000;

export interface DuplicateIndexRow {
  id: string;
  fp: Fingerprint;
  publishedAt?: string;
  firstSeenAt: string;
  /** The stored group representative, when the store kept it; otherwise it is recomputed. */
  duplicateOf?: string | null;
}

export interface DuplicateGroup { original: string; copies: string[] }

export class DuplicateIndex {
  private articles: IndexedArticle[] = [];
  private indexById = new Map<string, number>();
  private bands: BucketTable[] = newBands();
  private minhashes = new MinhashRows();
  private readonly details = new LruMap<string, ArticleDetails>();
  private rootOf: number[] = [];
  private membersOf = new Map<number, number[]>();
  private readonly frequencies = new DocumentFrequencies();
  /** Scratch for candidates(): the call that last met each article (by index), so each is compared once. */
  private metBy = new Int32Array(1024);
  private call = 0;
  /** The newest article time seen (capped near the wall clock), which the memory horizon follows. */
  private newest = Number.NEGATIVE_INFINITY;
  private sinceHorizonCheck = 0;

  /** Adds an article; returns its duplicate match, or null when it copies nothing indexed. */
  add(input: DedupInput, fp: Fingerprint): DuplicateMatch | null {
    return this.insert(input, fp, true);
  }

  /**
   * Drops the details of all but the `keep` most recently added or used articles (call it between
   * batches, before detailsToLoad). An index never trimmed holds every article's details.
   */
  trimDetails(keep: number): void {
    this.details.trim(keep);
  }

  /**
   * The ids of indexed articles whose details adding this batch (in this order) may read and the
   * index does not hold: every candidate the MinHash does not rule out, the original of its group,
   * and an id added again with its original. The batch's own articles need nothing.
   */
  detailsToLoad(batch: ReadonlyArray<{ id: string; fp: Fingerprint }>): string[] {
    const wanted = new Set<string>();
    const want = (index: number) => {
      const { id } = this.articles[index];
      if (!this.details.has(id)) wanted.add(id);
    };
    for (const { id, fp } of batch) {
      const known = this.indexById.get(id);
      if (known !== undefined) {
        want(known);
        want(this.rootOf[known]);
        continue;
      }
      if (fp.shingles.length < MIN_SHINGLES) continue;
      // Every article in the buckets now: adding the batch only adds to them (or evicts from them),
      // so whatever add() meets from before the batch is among these.
      const bandKeys = bandKeysOf(fp.minhash);
      for (let band = 0; band < LSH_BANDS; band++) {
        for (const candidate of this.bands[band].get(bandKeys[band])) {
          if (!this.mayCopy(fp.minhash, fp.shingles.length, candidate)) continue;
          want(candidate);
          want(this.rootOf[candidate]);
        }
      }
    }
    return [...wanted];
  }

  /** Hands over fingerprints of indexed articles (detailsToLoad's); others are ignored. */
  supplyFingerprints(fingerprints: Iterable<[string, Fingerprint]>): void {
    for (const [id, fp] of fingerprints) if (this.indexById.has(id)) this.details.set(id, detailsOf(fp));
  }

  private insert(input: Pick<DedupInput, 'id' | 'publishedAt' | 'firstSeenAt'>, fp: Fingerprint, decide: boolean): DuplicateMatch | null {
    if (this.indexById.has(input.id)) return this.matchOfKnown(input.id);
    const termHashes = distinctSortedHashes(fp.terms);
    this.frequencies.addDocumentHashes(termHashes);
    const article: IndexedArticle = { id: input.id, time: articleTime(input), shingleCount: fp.shingles.length };
    if (article.time !== Number.MAX_SAFE_INTEGER) this.newest = Math.max(this.newest, Math.min(article.time, Date.now() + MAX_FUTURE_MS));
    if (++this.sinceHorizonCheck >= HORIZON_CHECK_EVERY) this.forgetBeyondHorizon();
    const index = this.articles.length;
    this.articles.push(article);
    this.indexById.set(input.id, index);
    this.rootOf.push(index);
    this.details.set(input.id, detailsOf(fp, termHashes));
    if (fp.shingles.length < MIN_SHINGLES) return null; // too little text to call anything a copy

    this.minhashes.set(index, fp.minhash);
    const bandKeys = bandKeysOf(fp.minhash);
    const best = decide ? this.bestMatch(index, fp.minhash, bandKeys) : null;
    this.insertIntoBuckets(index, bandKeys);
    if (best === null) return null;
    return this.joinGroup(index, best.index, best.jaccard, best.containment);
  }

  /**
   * Drops the articles older than the memory horizon when they are a good share of the index, by
   * rebuilding it from the rest. A copy whose original is dropped becomes its own original, as it
   * would after a restart (restore attaches a copy only to an original it restored).
   */
  private forgetBeyondHorizon(): void {
    this.sinceHorizonCheck = 0;
    const cutoff = this.newest - HORIZON_MS;
    let old = 0;
    for (const article of this.articles) if (article.time < cutoff) old++;
    if (old === 0 || old < HORIZON_COMPACT_SHARE * this.articles.length) return;
    const renumbered = new Int32Array(this.articles.length).fill(-1);
    const kept: number[] = [];
    this.articles.forEach((article, index) => {
      if (article.time < cutoff) {
        this.details.delete(article.id);
        return;
      }
      renumbered[index] = kept.length;
      kept.push(index);
    });
    const rootOf: number[] = [];
    const membersOf = new Map<number, number[]>();
    this.articles.forEach((_, index) => {
      const at = renumbered[index];
      if (at < 0) return;
      const root = renumbered[this.rootOf[index]];
      rootOf.push(root < 0 ? at : root);
      if (root < 0 || root === at) return;
      const members = membersOf.get(root);
      if (members) members.push(at); else membersOf.set(root, [at]);
    });
    this.articles = kept.map((index) => this.articles[index]);
    this.rootOf = rootOf;
    this.membersOf = membersOf;
    this.minhashes.keep(kept);
    this.indexById = new Map(this.articles.map((article, index) => [article.id, index]));
    this.bands = newBands();
    this.articles.forEach((article, index) => {
      if (article.shingleCount >= MIN_SHINGLES) this.insertIntoBuckets(index, bandKeysOf(this.minhashes.row(index)));
    });
  }

  /** The group representative (earliest publisher) of an id, or undefined when unknown. */
  originalOf(id: string): string | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.articles[this.rootOf[index]].id;
  }

  /** Duplicate groups with at least one copy. */
  *groups(): Iterable<DuplicateGroup> {
    for (const [root, members] of this.membersOf) {
      if (members.length > 0) yield { original: this.articles[root].id, copies: members.map((m) => this.articles[m].id) };
    }
  }

  /** Articles held in memory (those within the memory horizon). */
  get size(): number { return this.articles.length; }

  /** Rebuilds the index from stored rows (any order; re-sorted by time). A row whose stored
   *  duplicateOf is null stays an original, one with an id joins that group as stored, and one
   *  without the field is decided again as if ingested now. Every row's details are held until
   *  the first trimDetails. */
  static restore(rows: Iterable<DuplicateIndexRow>): DuplicateIndex {
    const index = new DuplicateIndex();
    const sorted = [...rows].sort((a, b) => articleTime(a) - articleTime(b));
    const copies: DuplicateIndexRow[] = [];
    for (const row of sorted) {
      if (row.duplicateOf && row.duplicateOf !== row.id) copies.push(row);
      else index.insert(row, row.fp, row.duplicateOf === undefined);
    }
    // Stored copies join their stored original without re-deciding, so a restore never changes
    // what the store already published.
    for (const row of copies) {
      index.insert(row, row.fp, false);
      index.attach(index.indexById.get(row.id)!, row.duplicateOf!);
    }
    return index;
  }

  private attach(copy: number, originalId: string): void {
    const original = this.indexById.get(originalId);
    if (original === undefined) return;
    const root = this.rootOf[original];
    if (this.rootOf[copy] === root || copy === root) return;
    this.detach(copy);
    this.rootOf[copy] = root;
    this.membersOf.set(root, [...(this.membersOf.get(root) ?? []), copy]);
  }

  private detach(index: number): void {
    const root = this.rootOf[index];
    if (root === index) {
      for (const member of this.membersOf.get(index) ?? []) this.rootOf[member] = member;
      this.membersOf.delete(index);
      return;
    }
    const members = this.membersOf.get(root);
    if (members) this.membersOf.set(root, members.filter((m) => m !== index));
  }

  private matchOfKnown(id: string): DuplicateMatch | null {
    const index = this.indexById.get(id)!;
    const root = this.rootOf[index];
    if (root === index) return null;
    const original = this.articles[root];
    const article = this.articles[index];
    const [mine, theirs] = [this.details.get(article.id), this.details.get(original.id)];
    if (mine === undefined || theirs === undefined) {
      // Details the store could not give back: the stored decision stands, measured by MinHash.
      const estimate = this.minhashes.agreementOfRows(index, root);
      return { duplicateOf: original.id, matchedId: original.id, similarity: estimate, containment: estimate, differingParagraphs: { added: [], removed: [] }, reassigned: [] };
    }
    const { jaccard, containment } = shingleOverlap(mine.shingles, theirs.shingles);
    return {
      duplicateOf: original.id, matchedId: original.id, similarity: jaccard, containment,
      differingParagraphs: differingParagraphs(mine.paragraphHashes, theirs.paragraphHashes), reassigned: [],
    };
  }

  private bestMatch(index: number, minhash: Uint32Array, bandKeys: Uint32Array): { index: number; jaccard: number; containment: number } | null {
    const shingleCount = this.articles[index].shingleCount;
    let best: { index: number; jaccard: number; containment: number } | null = null;
    for (const candidate of this.candidates(bandKeys)) {
      if (!this.mayCopy(minhash, shingleCount, candidate)) continue;
      const overlap = this.copies(index, candidate);
      if (overlap === null) continue;
      // A copy of a copy must also copy the group's original, so groups cannot chain (a short
      // brief of a long report, then a different long report quoting the same brief).
      const root = this.rootOf[candidate];
      if (root !== candidate && (!this.mayCopy(minhash, shingleCount, root) || this.copies(index, root) === null)) continue;
      if (best === null || overlap.containment + overlap.jaccard > best.containment + best.jaccard) best = { index: candidate, ...overlap };
    }
    return best;
  }

  /**
   * Whether an article with this signature and shingle count could pass the duplicate rule with an
   * indexed one: their lengths allow it, and MinHash's Jaccard estimate is no more than
   * EXACT_COMPARISON_MARGIN below the least Jaccard a copy of these lengths has.
   */
  private mayCopy(minhash: Uint32Array, shingleCount: number, candidate: number): boolean {
    const other = this.articles[candidate].shingleCount;
    const small = Math.min(shingleCount, other);
    const large = Math.max(shingleCount, other);
    if (small < DUPLICATE_MIN_LENGTH_RATIO * large) return false;
    const shared = DUPLICATE_MIN_CONTAINMENT * small;
    return this.minhashes.agreement(minhash, candidate) >= shared / (small + large - shared) - EXACT_COMPARISON_MARGIN;
  }

  /** The duplicate rule for one pair (config.ts), with its overlap when it holds; null also when
   *  either's details are not held (a fingerprint the store could not give back). */
  private copies(a: number, b: number): { jaccard: number; containment: number } | null {
    const first = this.details.get(this.articles[a].id);
    const second = this.details.get(this.articles[b].id);
    if (first === undefined || second === undefined) return null;
    const [small, large] = first.shingles.length <= second.shingles.length ? [first, second] : [second, first];
    if (small.shingles.length < DUPLICATE_MIN_LENGTH_RATIO * large.shingles.length) return null;
    const overlap = shingleOverlap(first.shingles, second.shingles);
    if (overlap.containment < DUPLICATE_MIN_CONTAINMENT) return null;
    if (this.novelRareTerms(small.termHashes, large.termHashes) > NOVEL_RARE_TERM_SHARE * small.termHashes.length) return null;
    return overlap;
  }

  /** Rare terms (names, places, figures) of the shorter text that the longer does not have. */
  private novelRareTerms(shorter: Uint32Array, longer: Uint32Array): number {
    const rareBelow = Math.max(RARE_TERM_MIN_DOCUMENTS, RARE_TERM_MAX_SHARE * this.frequencies.documents);
    let novel = 0;
    for (const term of shorter) {
      if (this.frequencies.frequencyOfHash(term) <= rareBelow && !sortedHas(longer, term)) novel++;
    }
    return novel;
  }

  /** The distinct articles sharing a bucket with these keys, band by band, at most MAX_CANDIDATES. */
  private candidates(bandKeys: Uint32Array): number[] {
    if (this.metBy.length < this.articles.length) this.metBy = new Int32Array(this.articles.length * 2);
    if (this.call === 0x7fffffff) { this.metBy.fill(0); this.call = 0; }
    const call = ++this.call;
    const found: number[] = [];
    for (let band = 0; band < LSH_BANDS; band++) {
      for (const candidate of this.bands[band].get(bandKeys[band])) {
        if (this.metBy[candidate] === call) continue;
        this.metBy[candidate] = call;
        found.push(candidate);
        if (found.length >= MAX_CANDIDATES) return found;
      }
    }
    return found;
  }

  private insertIntoBuckets(index: number, bandKeys: Uint32Array): void {
    for (let band = 0; band < LSH_BANDS; band++) this.bands[band].add(bandKeys[band], index);
  }

  private joinGroup(index: number, matched: number, jaccard: number, containment: number): DuplicateMatch {
    const article = this.articles[index];
    const other = this.articles[matched];
    const root = this.rootOf[matched];
    const members = this.membersOf.get(root) ?? [];
    let reassigned: string[] = [];
    let original: number;
    if (article.time < this.articles[root].time) {
      // The new article was published first: it becomes the group's original.
      const group = [root, ...members];
      for (const member of group) this.rootOf[member] = index;
      this.membersOf.delete(root);
      this.membersOf.set(index, group);
      reassigned = group.map((member) => this.articles[member].id);
      original = index;
    } else {
      this.rootOf[index] = root;
      members.push(index);
      this.membersOf.set(root, members);
      original = root;
    }
    // Both are held: the new article was just added, the matched one passed copies().
    const mine = this.details.get(article.id) as ArticleDetails;
    const theirs = this.details.get(other.id) as ArticleDetails;
    return {
      duplicateOf: this.articles[original].id, matchedId: other.id, similarity: jaccard, containment,
      differingParagraphs: differingParagraphs(mine.paragraphHashes, theirs.paragraphHashes), reassigned,
    };
  }
}

function newBands(): BucketTable[] {
  return Array.from({ length: LSH_BANDS }, () => new BucketTable(MAX_BUCKET_SIZE));
}

function bandKeysOf(minhash: Uint32Array): Uint32Array {
  const keys = new Uint32Array(LSH_BANDS);
  for (let band = 0; band < LSH_BANDS; band++) keys[band] = bandKey(minhash, band);
  return keys;
}

function bandKey(minhash: Uint32Array, band: number): number {
  let h = band * 0x9e3779b1;
  for (let row = 0; row < LSH_ROWS; row++) h = finalizeHash((h ^ minhash[band * LSH_ROWS + row]) >>> 0);
  return h;
}

function sortedHas(values: Uint32Array, target: number): boolean {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (values[mid] === target) return true;
    if (values[mid] < target) low = mid + 1; else high = mid - 1;
  }
  return false;
}

/** Publication time, else first-seen time, in ms; unparseable dates sort last. */
export function articleTime(input: { publishedAt?: string; firstSeenAt: string }): number {
  const published = input.publishedAt ? Date.parse(input.publishedAt) : NaN;
  if (!Number.isNaN(published)) return published;
  const seen = Date.parse(input.firstSeenAt);
  return Number.isNaN(seen) ? Number.MAX_SAFE_INTEGER : seen;
}
