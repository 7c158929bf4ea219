// Watching outlets: every interval, poll their feeds and sitemaps (conditional GET, so an unchanged
// feed costs one small request) and fetch the articles that are new. One long ingest runs under
// it, so clustering state is loaded once; each round ends with its pages stored. The frontier
// lives in the archive, so a watcher that is stopped — or killed — and started again carries on
// where it was. A source that fails is reported and retried later; the watcher keeps going.
import { MarsadError } from '../core/errors.ts';
import { sleep } from '../core/sleep.ts';
import { decodeBytes } from '../extract/decode/index.ts';
import type { CrawlFrontier, NewFrontierUrl } from '../store/frontier-port.ts';
import type { Store } from '../store/port.ts';
import { ingestItems, type IngestItem, type IngestOptions, type IngestSummary, type ItemReport } from '../pipeline/ingest.ts';
import { Crawler, type CrawlCounts, type CrawlEvent } from './crawler.ts';
import { feedLinksInHtml } from './discover/index.ts';
import type { Fetcher } from './fetch/index.ts';
import { pollTargets, type FoundOnHomepage, type Outlet } from './outlets.ts';
import { canonicalUrl } from './urls.ts';

export interface RoundReport {
  round: number;
  summary: IngestSummary;
  counts: CrawlCounts;
  /** When the next round starts (ISO 8601), unless the watcher was stopped. */
  nextRoundAt?: string;
}

export interface WatchOptions extends Pick<IngestOptions, 'skip' | 'workers'> {
  fetcher: Fetcher;
  concurrency?: number;
  since?: string;
  maxLinksPerDocument?: number;
  intervalMs: number;
  /** Stops the watcher: the round in progress stores what it fetched, then it returns. */
  signal: AbortSignal;
  /** One round, then return (cron jobs, tests). */
  once?: boolean;
  onEvent?: (event: CrawlEvent) => void;
  onItem?: (report: ItemReport) => void;
  onRound?: (report: RoundReport) => void;
  /** Runs after each round's pages are stored (alerts). */
  afterRound?: () => Promise<void>;
  now?: () => Date;
}

/** For outlets that list only a homepage: the feeds it advertises and the sitemaps its robots.txt names. */
async function findOnHomepage(outlet: Outlet, fetcher: Fetcher, signal: AbortSignal): Promise<FoundOnHomepage> {
  const found: FoundOnHomepage = { feeds: [], sitemaps: [] };
  if (!outlet.homepage || outlet.feeds.length + outlet.sitemaps.length > 0) return found;
  const page = await fetcher.fetch({ url: outlet.homepage, accept: 'text/html' }, signal);
  if (page.kind === 'ok') {
    try {
      found.feeds = feedLinksInHtml(decodeBytes(page.bytes, { contentType: page.contentType }).text, page.finalUrl)
        .map((u) => canonicalUrl(u)).filter((u): u is string => u !== undefined);
    } catch (error) {
      // An empty or binary homepage advertises no feeds; the outlet is then reported as having none.
      if (!(error instanceof MarsadError)) throw error;
    }
  }
  found.sitemaps = (await fetcher.robotsSitemaps(outlet.homepage)).map((u) => canonicalUrl(u)).filter((u): u is string => u !== undefined);
  return found;
}

async function resolveTargets(outlets: Outlet[], options: WatchOptions): Promise<NewFrontierUrl[]> {
  const targets: NewFrontierUrl[] = [];
  for (const outlet of outlets) {
    const found = await findOnHomepage(outlet, options.fetcher, options.signal);
    const polled = pollTargets(outlet, found);
    if (polled.length === 0) {
      options.onEvent?.({ url: outlet.homepage ?? outlet.name, level: 'warning',
        message: `${outlet.name}: no feed or sitemap found on the homepage or in robots.txt; list its feeds in the sources file` });
    }
    targets.push(...polled);
  }
  return targets;
}

function subtract(a: CrawlCounts, b: CrawlCounts): CrawlCounts {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - b[k as keyof CrawlCounts]])) as unknown as CrawlCounts;
}

/** Watches the outlets until the signal fires (or for one round); returns what was ingested in all. */
export async function watchOutlets(store: Store, outlets: Outlet[], options: WatchOptions): Promise<IngestSummary> {
  const now = () => options.now?.() ?? new Date();
  const targets = await resolveTargets(outlets, options);
  const crawler = new Crawler(store, {
    fetcher: options.fetcher, concurrency: options.concurrency, since: options.since, signal: options.signal,
    maxLinksPerDocument: options.maxLinksPerDocument,
    onEvent: options.onEvent, now: options.now,
  });
  let round: IngestSummary = { ingested: 0, duplicates: 0, rejected: 0 };

  async function* rounds(): AsyncGenerator<IngestItem> {
    for (let n = 1; !options.signal.aborted; n++) {
      const started = now().getTime();
      const before = { ...crawler.counts };
      round = { ingested: 0, duplicates: 0, rejected: 0 };
      await store.frontier.requeue(targets, now().toISOString());
      yield* crawler.run();
      await options.afterRound?.();
      const nextRoundAt = options.once || options.signal.aborted ? undefined
        : await nextWake(store.frontier, started + options.intervalMs);
      options.onRound?.({ round: n, summary: { ...round }, counts: subtract(crawler.counts, before), nextRoundAt });
      if (!nextRoundAt) return;
      await sleep(Math.max(0, Date.parse(nextRoundAt) - now().getTime()), options.signal);
    }
  }

  return ingestItems(rounds(), store, {
    skip: options.skip,
    workers: options.workers,
    // Pages arrive steadily over a long run: the worker threads start early.
    poolAfter: 20,
    onItem: (report) => {
      crawler.onItem(report);
      if (report.status === 'ingested') round.ingested++;
      else if (report.status === 'duplicate') round.duplicates++;
      else round.rejected++;
      options.onItem?.(report);
    },
  });
}

/** The next round starts at the interval, or earlier when a URL waiting to be retried falls due. */
async function nextWake(frontier: CrawlFrontier, intervalEnd: number): Promise<string> {
  const due = await frontier.nextDue();
  const at = due ? Math.min(Date.parse(due), intervalEnd) : intervalEnd;
  return new Date(at).toISOString();
}
