// The crawler: runs the frontier (src/store/frontier-port.ts) dry. It fetches what is due — feeds
// and sitemaps first, whose links join the frontier, then articles — and hands fetched pages to the
// ingest pipeline as documents, in rounds that end with a flush so they are stored promptly.
//
// Nothing is lost and nothing stored is fetched twice, even after SIGKILL:
// - a URL stays `queued` until the pipeline reports its page stored (or rejected); a page fetched
//   but not yet stored when the process dies is simply fetched again;
// - a page stored whose URL was not yet marked done is recognised by `frontier.stored` (its raw
//   input is kept under the URL it came from) and marked done without a fetch.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import type { IngestItem, ItemReport } from '../pipeline/ingest.ts';
import type { FetchRecord, FrontierEntry, NewFrontierUrl } from '../store/frontier-port.ts';
import type { Store } from '../store/port.ts';
import { Channel } from './channel.ts';
import { discoverLinks, type DiscoveryResult } from './discovery.ts';
import type { FetchOutcome, FetchRequest } from './fetch/index.ts';

/** What the crawler needs of a fetcher (src/crawl/fetch/ provides the real one). */
export interface FetchClient {
  fetch(request: FetchRequest, signal?: AbortSignal): Promise<FetchOutcome>;
}

export interface CrawlEvent {
  url: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface CrawlOptions {
  fetcher: FetchClient;
  /** Fetches in flight at once (the fetcher's per-host limits still apply). */
  concurrency?: number;
  /** Links kept from one feed or sitemap. */
  maxLinksPerDocument?: number;
  /** Attempts before a URL that keeps failing is given up. */
  maxAttempts?: number;
  /** Links dated before this (ISO 8601) are not followed. */
  since?: string;
  now?: () => Date;
  signal?: AbortSignal;
  onEvent?: (event: CrawlEvent) => void;
}

export interface CrawlCounts {
  fetched: number;
  feeds: number;
  linksFound: number;
  linksNew: number;
  notModified: number;
  disallowed: number;
  failed: number;
  /** URLs found already stored and marked done without a fetch. */
  alreadyStored: number;
}

/** URLs taken from the frontier per round. */
const ROUND = 200;
/**
 * Fetched pages are stored at least this often, so a slow polite crawl keeps what it fetched; a
 * round ends with everything stored.
 */
const FLUSH_EVERY_DOCUMENTS = 100;
const FLUSH_EVERY_MS = 5000;
/** A failed URL waits this long before its next attempt (minutes, by attempt). */
const RETRY_MINUTES = [5, 30, 120];
const ACCEPT_DOCUMENT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
const ACCEPT_DISCOVERY = 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

export class Crawler {
  readonly counts: CrawlCounts = { fetched: 0, feeds: 0, linksFound: 0, linksNew: 0, notModified: 0, disallowed: 0, failed: 0, alreadyStored: 0 };
  private readonly store: Store;
  private readonly options: CrawlOptions;
  /** Pages handed to the pipeline and not yet reported stored or rejected, by URL. */
  private readonly pending = new Map<string, FrontierEntry>();
  private readonly writes = new Set<Promise<void>>();
  private documentsSinceFlush = 0;
  private lastFlush = Date.now();
  /** Feeds and sitemaps read in the current run: a sitemap index that lists itself is read once. */
  private readThisRun = new Set<string>();

  constructor(store: Store, options: CrawlOptions) {
    this.store = store;
    this.options = options;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * Makes the seeds due now, then runs the frontier until nothing is due: yields fetched pages as
   * documents, failures as rejections, and a flush after every round.
   */
  async *run(seeds: NewFrontierUrl[] = []): AsyncGenerator<IngestItem> {
    this.readThisRun = new Set();
    if (seeds.length > 0) await this.store.frontier.requeue(seeds, this.now().toISOString());
    const channel = new Channel<IngestItem>((this.options.concurrency ?? 16) * 2);
    let failure: unknown;
    const producer = this.produce(channel).catch((error) => { failure = error; }).finally(() => channel.close());
    yield* channel.drain();
    await producer;
    await this.settled();
    if (failure) throw failure;
  }

  /** The pipeline's report for one item: what became of a fetched page decides its URL's state. */
  onItem(report: ItemReport): void {
    const entry = this.pending.get(report.origin);
    if (!entry) return;
    this.pending.delete(report.origin);
    const outcome: FetchRecord = report.status === 'rejected'
      ? { state: 'rejected', error: report.error ?? report.code }
      : { state: 'done', articleId: report.id };
    this.write(this.store.frontier.record(entry.url, outcome));
  }

  /** Every frontier write started so far has finished. */
  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private write(promise: Promise<void>): void {
    const tracked = promise.finally(() => this.writes.delete(tracked));
    this.writes.add(tracked);
  }

  private async produce(channel: Channel<IngestItem>): Promise<void> {
    const { frontier } = this.store;
    const signal = this.options.signal;
    for (;;) {
      if (signal?.aborted) return;
      const due = (await frontier.due(this.now().toISOString(), ROUND + this.pending.size)).filter((e) => !this.pending.has(e.url));
      if (due.length === 0) return;
      const stored = await frontier.stored(due.filter((e) => e.kind === 'article').map((e) => e.url));
      for (const url of stored) {
        this.counts.alreadyStored++;
        await frontier.record(url, { state: 'done' });
      }
      const toFetch = due.filter((e) => !stored.has(e.url));
      await forEachConcurrently(toFetch, this.options.concurrency ?? 16, (entry) => this.fetchOne(entry, channel), signal);
      await this.flush(channel, true);
    }
  }

  private async fetchOne(entry: FrontierEntry, channel: Channel<IngestItem>): Promise<void> {
    const article = entry.kind === 'article';
    const outcome = await this.options.fetcher.fetch({
      url: entry.url,
      accept: article ? ACCEPT_DOCUMENT : ACCEPT_DISCOVERY,
      // Articles are fetched once; feeds and sitemaps again and again, so they ask "changed since?".
      etag: article ? undefined : entry.etag,
      lastModified: article ? undefined : entry.lastModified,
    }, this.options.signal);
    const fetchedAt = this.now().toISOString();
    switch (outcome.kind) {
      case 'ok': {
        this.counts.fetched++;
        const validators = { fetchedAt, status: outcome.status, etag: outcome.etag, lastModified: outcome.lastModified };
        if (!article) {
          let discovery: DiscoveryResult | undefined;
          try {
            discovery = discoverLinks(outcome, entry, this.options);
          } catch (error) {
            if (!(error instanceof MarsadError)) throw error;
            await this.store.frontier.record(entry.url, { state: 'rejected', ...validators, error: error.message });
            await channel.put({ kind: 'rejected', origin: entry.url, error });
            return;
          }
          if (discovery) {
            await this.follow(entry, discovery);
            await this.store.frontier.record(entry.url, { state: 'done', kind: discovery.kind, ...validators });
            return;
          }
          if (entry.kind !== 'seed') {
            const error = new MarsadError('unsupported_format', `not a feed or sitemap (${outcome.contentType ?? 'no content type'})`, entry.url);
            await this.store.frontier.record(entry.url, { state: 'rejected', ...validators, error: error.message });
            await channel.put({ kind: 'rejected', origin: entry.url, error });
            return;
          }
        }
        this.pending.set(entry.url, entry);
        await channel.put({ kind: 'document', document: pageDocument(entry, outcome, fetchedAt) });
        if (++this.documentsSinceFlush >= FLUSH_EVERY_DOCUMENTS || Date.now() - this.lastFlush >= FLUSH_EVERY_MS) await this.flush(channel);
        return;
      }
      case 'not-modified':
        this.counts.notModified++;
        this.event(entry.url, 'info', 'not modified since the last visit');
        await this.store.frontier.record(entry.url, { state: 'done', fetchedAt, status: 304 });
        return;
      case 'disallowed': {
        this.counts.disallowed++;
        const error = new MarsadError('robots_disallowed', `robots.txt does not allow fetching it (${outcome.reason})`, entry.url);
        await this.store.frontier.record(entry.url, { state: 'disallowed', fetchedAt, error: error.message });
        await channel.put({ kind: 'rejected', origin: entry.url, error });
        return;
      }
      case 'failed': {
        this.counts.failed++;
        const attempts = entry.attempts + 1;
        const retry = outcome.retryable && attempts < (this.options.maxAttempts ?? 3);
        const wait = Math.max(outcome.retryAfterMs ?? 0, RETRY_MINUTES[Math.min(attempts, RETRY_MINUTES.length) - 1] * 60_000);
        await this.store.frontier.record(entry.url, {
          state: retry ? 'queued' : 'failed', failedAttempt: true, fetchedAt, status: outcome.status, error: outcome.error.message,
          nextFetchAt: retry ? new Date(this.now().getTime() + wait).toISOString() : undefined,
        });
        await channel.put({ kind: 'rejected', origin: entry.url, error: outcome.error });
      }
    }
  }

  private async flush(channel: Channel<IngestItem>, drain = false): Promise<void> {
    this.documentsSinceFlush = 0;
    this.lastFlush = Date.now();
    await channel.put({ kind: 'flush', drain });
  }

  /**
   * Adds a feed's or sitemap's article links to the frontier and says what it found. The feeds and
   * sitemaps it links to are read again now, even when known (a sitemap index's children change
   * while their URLs do not), unless this run read them already.
   */
  private async follow(entry: FrontierEntry, discovery: DiscoveryResult): Promise<void> {
    this.counts.feeds++;
    this.readThisRun.add(entry.url);
    const now = this.now().toISOString();
    const links: NewFrontierUrl[] = discovery.links.map((link) => ({
      url: link.url, kind: link.kind, source: entry.source, discoveredFrom: entry.url,
    }));
    const articles = links.filter((l) => l.kind === 'article');
    const listings = links.filter((l) => l.kind !== 'article' && !this.readThisRun.has(l.url));
    for (const listing of listings) this.readThisRun.add(listing.url);
    const added = await this.store.frontier.add(articles, now);
    await this.store.frontier.requeue(listings, now);
    this.counts.linksFound += links.length;
    this.counts.linksNew += added;
    for (const note of discovery.notes) this.event(entry.url, 'warning', note);
    this.event(entry.url, 'info', `${discovery.format}: ${links.length} links, ${added} new articles`);
  }

  private event(url: string, level: CrawlEvent['level'], message: string): void {
    this.options.onEvent?.({ url, level, message });
  }
}

function pageDocument(entry: FrontierEntry, outcome: Extract<FetchOutcome, { kind: 'ok' }>, fetchedAt: string): RawDocument {
  return {
    // The frontier URL is the origin: how a restarted crawl finds that this page is already stored.
    origin: entry.url,
    bytes: outcome.bytes,
    format: 'html',
    url: outcome.finalUrl,
    contentType: outcome.contentType,
    charset: outcome.charset,
    fetchedAt,
    source: entry.source,
  };
}

/** Runs `work` over the items with at most `limit` at once; stops taking new ones when aborted. */
async function forEachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

