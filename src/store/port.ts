// The Store port: everything the rest of Marsad needs from a database. SQLite implements it
// (src/store/sqlite/); PostgreSQL follows (src/store/postgres/). One contract suite
// (src/store/contract.ts) runs against every adapter, so they behave the same.
import type { Article } from '../core/types.ts';
import type { Fingerprint, StoryState, VocabularyState } from '../dedup/index.ts';
import type { ParsedQuery } from '../search/query.ts';
import type { AlertStore } from './alerts-port.ts';
import type { CrawlFrontier } from './frontier-port.ts';

/** The raw input an article came from, kept so it can be re-extracted when the extractor improves. */
export interface RawRecord {
  /** sha256 of the bytes (hex). */
  id: string;
  origin: string;
  format: string;
  url?: string;
  contentType?: string;
  charset?: string;
  fetchedAt?: string;
  bytes: Uint8Array;
}

export interface RawListOptions {
  /** Only inputs that came from a URL (fetched pages, WARC records). */
  withUrlOnly?: boolean;
}

/** An article ready to store: the Article, its search terms and its raw input. */
export interface ArticleToStore {
  article: Article;
  raw?: RawRecord;
  /** Search-profile terms of the title and of the body, space-joined (see src/search/index-terms.ts). */
  titleTerms: string;
  bodyTerms: string;
  /** The near-duplicate fingerprint (src/dedup), computed with the rest of the per-document work. */
  fingerprint?: Fingerprint;
  /** Jaccard similarity to the copy this one duplicates. */
  duplicateSimilarity?: number;
  /**
   * The raw bytes and the fingerprint in the form the store keeps them, when the per-document
   * pipeline already made it (in a worker thread), so the single writer does not compress or encode.
   */
  storageForms?: StorageForms;
}

export interface StorageForms {
  /** `raw.bytes` deflated (zlib, level 1). */
  rawDeflated: Uint8Array;
  /**
   * The byte length of the raw input, set when `raw.bytes` was left empty because the deflated
   * form is all the store needs (a worker thread does not send the raw bytes back to the writer).
   */
  rawSize?: number;
  /** `encodeFingerprint(fingerprint)`. */
  fingerprint?: string;
}

/** What clustering decided for a batch, written in the same transaction as its articles. */
export interface BatchExtras {
  /** Stories created or changed by the batch, whole. */
  stories?: StoryState[];
  /** Stored articles whose duplicate-group original changed (a newly ingested article predates it). */
  reassigned?: Array<{ id: string; duplicateOf: string }>;
}

/** Everything the clustering engine needs to resume where the last ingest stopped. */
export interface ClusteringState {
  articles: Array<{ id: string; fp: Fingerprint; publishedAt?: string; firstSeenAt: string; duplicateOf: string | null }>;
  stories: StoryState[];
  vocabulary?: VocabularyState;
}

export interface PutResult {
  ingested: string[];
  duplicates: string[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  firstSeenAt?: string;
  standfirst?: string;
  dateline?: string;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  source?: string;
  from?: string;
  to?: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface SearchOptions extends ListOptions {
  /**
   * Also count the hits per outlet, as searchFacets would for the same query and dates, when there
   * are at most this many hits and the store can count them from the pass that ranked (the page's
   * `outlets`). Never done with a source filter: the facets ignore it, the ranking does not.
   */
  outletCountsUpTo?: number;
}

/** A page of search hits; `outlets` only when asked for (outletCountsUpTo) and counted on the way. */
export interface SearchPage extends Page<RankedHit> {
  outlets?: SourceCount[];
}

/** A search hit before its snippet is made: the store ranks, src/search highlights. */
export interface RankedHit extends ArticleSummary {
  score: number;
  text: string;
}

export interface SourceCount {
  source: string;
  articles: number;
}

export interface Stats {
  articles: number;
  entities: number;
  stories: number;
  quotes: number;
  sources: number;
  rawDocuments: number;
  [key: string]: number;
}

/** The right to place articles into duplicate groups and stories, held by one process at a time. */
export interface WriterLease {
  release(): Promise<void>;
}

export interface Store extends ArchiveReader {
  /** The crawler's URLs and what became of them (src/crawl). */
  readonly frontier: CrawlFrontier;
  /** Saved searches, their matches and their webhook outbox (src/alerts). */
  readonly alerts: AlertStore;
  /** Stores a batch in one transaction. Articles whose id is already stored are counted as duplicates. */
  putArticles(batch: ArticleToStore[], extras?: BatchExtras): Promise<PutResult>;
  /**
   * Gives new articles' people the ids the archive already has for them (a surname alone → the one
   * full name it holds; src/store/partial-names.ts), in order, each article seeing the ones before it.
   * putArticles does it too; ingest calls it first so that stories are placed on the stored ids.
   */
  resolveEntities(articles: Article[]): Promise<void>;
  /**
   * Makes this process the archive's clustering writer for a while, or throws a MarsadError naming
   * the one that is: two writers would each place articles against their own view of the stories.
   */
  acquireClusteringWriter(): Promise<WriterLease>;
  loadClusteringState(): Promise<ClusteringState>;
  saveVocabulary(vocabulary: VocabularyState): Promise<void>;
  loadVocabulary(): Promise<VocabularyState | undefined>;
  getFingerprints(ids: string[]): Promise<Map<string, Fingerprint>>;
  /** Articles sharing any of these search keys, best BM25 first: candidates for "related". */
  similarArticles(keys: string[], limit: number): Promise<Array<{ id: string; storyId?: string; duplicateOf?: string }>>;
  hasArticles(ids: string[]): Promise<Set<string>>;
  /**
   * Called when an ingest has stored its last batch: index housekeeping that pays off only after
   * many writes (the store decides whether enough was written to be worth it).
   */
  tidyAfterIngest?(): Promise<void>;
  /**
   * Called by a long-running reader (the server) once it is ready: work done ahead of time that
   * makes later searches cheaper. Resolves when it is done or given up; searches are right either way.
   */
  warmSearch?(): Promise<void>;
  getArticle(id: string): Promise<Article | undefined>;
  getRaw(id: string): Promise<RawRecord | undefined>;
  /** Every kept raw input in id order, read a page at a time (WARC export, re-extraction). */
  rawDocuments(options?: RawListOptions): AsyncIterable<RawRecord>;
  listArticles(options?: ListOptions): Promise<Page<ArticleSummary>>;
  search(query: ParsedQuery, options?: SearchOptions): Promise<SearchPage>;
  /** How many of the query's hits each outlet has (the outlet filter in options is ignored), most first. */
  searchFacets(query: ParsedQuery, options?: SearchOptions): Promise<SourceCount[]>;
  sources(): Promise<SourceCount[]>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}

// ── Entities, quotes and stories ────────────────────────────────────────────────────────────
// Filled from the annotations the analyzers put on each article (entities[], quotes[]) and from
// the story clusterer; empty until those stages run, and every reader of them copes with empty.

export interface EntitySummary {
  id: string;
  type: string;
  canonical: string;
  variants: string[];
  roles: string[];
  mentions: number;
  articles: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface EntityListOptions {
  type?: string;
  /** Prefix or variant match on the name, in any spelling. */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface TimelinePoint {
  day: string;
  mentions: number;
}

export interface CoMention extends EntitySummary {
  together: number;
}

export interface QuoteRecord {
  articleId: string;
  articleTitle: string;
  source?: string;
  publishedAt?: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  cue?: string;
  speaker?: { text: string; entityId?: string; canonical?: string; role?: string };
}

export interface QuoteListOptions {
  /** A speaker's name in any spelling, or part of it. */
  speaker?: string;
  /** Quotes by this entity. */
  entityId?: string;
  /** Quotes whose text mentions this entity (quotes "about"). */
  aboutEntityId?: string;
  limit?: number;
  offset?: number;
}

export interface StoryArticle {
  id: string;
  url?: string;
  title: string;
  source?: string;
  publishedAt?: string;
  duplicateOf?: string;
}

export interface StorySummary {
  id: string;
  title: string;
  firstSeen: string;
  lastSeen: string;
  size: number;
  sources: string[];
}

export interface StoryDetail extends StorySummary {
  articles: StoryArticle[];
}

export interface StoryListOptions {
  since?: string;
  limit?: number;
  offset?: number;
}

export interface ArchiveReader {
  listEntities(options?: EntityListOptions): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntitySummary | undefined>;
  entityArticles(id: string, options?: ListOptions): Promise<Page<ArticleSummary>>;
  entityTimeline(id: string): Promise<TimelinePoint[]>;
  coMentions(id: string, limit?: number): Promise<CoMention[]>;
  listQuotes(options?: QuoteListOptions): Promise<Page<QuoteRecord>>;
  listStories(options?: StoryListOptions): Promise<Page<StorySummary>>;
  getStory(id: string): Promise<StoryDetail | undefined>;
}
