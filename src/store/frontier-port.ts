// The crawl frontier: every URL the crawler has met, what kind of thing it is, and what became of
// it. It lives in the archive's own database (both adapters), so a crawl or a watcher that was
// stopped — even with SIGKILL — resumes where it was: nothing fetched twice that is already stored.

/** `seed`: a URL the user gave, of unknown kind until fetched. */
export type CrawlKind = 'seed' | 'article' | 'feed' | 'sitemap';

/**
 * `queued`: to fetch when due. `done`: fetched and handled (an article stored, a feed read).
 * `failed`: gave up after retries. `disallowed`: robots.txt forbids it. `rejected`: fetched, but
 * the page held no article we could keep (its error says why).
 */
export type CrawlState = 'queued' | 'done' | 'failed' | 'disallowed' | 'rejected';

export interface NewFrontierUrl {
  /** Canonical URL (src/crawl/urls.ts). */
  url: string;
  kind: CrawlKind;
  source?: string;
  discoveredFrom?: string;
}

export interface FrontierEntry extends NewFrontierUrl {
  state: CrawlState;
  attempts: number;
  discoveredAt: string;
  /** When the URL is next due (ISO 8601, UTC). */
  nextFetchAt: string;
  fetchedAt?: string;
  status?: number;
  etag?: string;
  lastModified?: string;
  articleId?: string;
  error?: string;
}

/** What one fetch came to; unset fields keep their stored value. */
export interface FetchRecord {
  state: CrawlState;
  /** The kind, once fetching told us (a seed turned out to be a feed). */
  kind?: CrawlKind;
  fetchedAt?: string;
  status?: number;
  etag?: string;
  lastModified?: string;
  articleId?: string;
  /** Cleared when absent. */
  error?: string;
  /** Counts an attempt (a failure); successes reset the count. */
  failedAttempt?: boolean;
  nextFetchAt?: string;
}

export interface CrawlFrontier {
  /** Adds the URLs not known yet, queued and due at `now`; returns how many were new. Known URLs are left as they are. */
  add(urls: NewFrontierUrl[], now: string): Promise<number>;
  /**
   * Makes known URLs due again at `at` (a watcher re-polling its feeds, a user asking for a URL
   * again), adding the ones not known yet. Source is updated when given, and kind unless the new
   * one is `seed` (a URL the user gives again keeps the kind its first fetch found).
   */
  requeue(urls: NewFrontierUrl[], at: string): Promise<void>;
  /** Queued URLs due at `now`, earliest first, kind order feed/sitemap/seed before articles. */
  due(now: string, limit: number): Promise<FrontierEntry[]>;
  /** The URLs among these whose page is already in the archive (stored from that URL, or an article with that URL). */
  stored(urls: string[]): Promise<Set<string>>;
  record(url: string, outcome: FetchRecord): Promise<void>;
  get(url: string): Promise<FrontierEntry | undefined>;
  /** The earliest time a queued URL is due, if any is queued. */
  nextDue(): Promise<string | undefined>;
  counts(): Promise<Record<CrawlState, number>>;
}

export const CRAWL_STATES: readonly CrawlState[] = ['queued', 'done', 'failed', 'disallowed', 'rejected'];

/** Feeds and sitemaps lead to articles, so they are fetched first. */
export const KIND_PRIORITY: Record<CrawlKind, number> = { feed: 0, sitemap: 1, seed: 2, article: 3 };
