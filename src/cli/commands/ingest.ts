// marsad ingest PATH|URL… [--db D] [--source NAME] [--format auto|text|html] [--json] [crawl flags]
// Prints `ingested N duplicates D rejected R`; with --json, one JSON line per item instead.
// Each rejected input gets one line on stderr. Exit 2 when inputs were given but nothing could be
// ingested (every one rejected). A URL may be an article, a feed or a sitemap (src/crawl): what it
// leads to is fetched too, and what the archive's frontier still had queued from an earlier run.
import { runAlerts } from '../../alerts/index.ts';
import { MarsadError } from '../../core/errors.ts';
import { Crawler, type CrawlEvent } from '../../crawl/crawler.ts';
import { canonicalUrl } from '../../crawl/urls.ts';
import { ingestItems, type IngestItem, type ItemReport } from '../../pipeline/ingest.ts';
import { readSources, type InputFormat } from '../../ingest/sources.ts';
import type { AnalysisStage } from '../../pipeline/analyze.ts';
import { openStore } from '../../store/open.ts';
import { reportAlerts } from '../alerts-summary.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine, warn } from '../output.ts';
import { CRAWL_OPTIONS, CRAWL_USAGE, crawlSettings, isUrlArgument } from '../crawl-flags.ts';
import { ProgressBar } from '../progress.ts';
import { enqueueCommand } from './worker.ts';

const USAGE = `marsad ingest PATH|URL… [--db D] [--source NAME] [--format auto|text|html] [--workers N] [--skip STAGES] [--queue] [--json] ${CRAWL_USAGE}`;
const FORMATS = new Set(['auto', 'text', 'html']);
/** A crawl's pages come one by one for a while: the worker threads start after this many, not 200. */
const CRAWL_POOL_AFTER = 20;
const STAGES: ReadonlySet<AnalysisStage> = new Set(['entities', 'quotes', 'dates', 'amounts']);

/** `--skip entities,quotes`: analysis stages a user can leave out when only search matters. */
function skipFlag(value: string | undefined): ReadonlySet<AnalysisStage> | undefined {
  if (!value) return undefined;
  const stages = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const stage of stages) {
    if (!STAGES.has(stage as AnalysisStage)) throw new MarsadError('usage', `--skip takes ${[...STAGES].join(', ')}; got ${JSON.stringify(stage)}`);
  }
  return new Set(stages as AnalysisStage[]);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    source: { type: 'string' },
    format: { type: 'string', default: 'auto' },
    json: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    workers: { type: 'string' },
    skip: { type: 'string' },
    queue: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    ...CRAWL_OPTIONS,
  }, USAGE);
  if (positionals.length === 0) throw new MarsadError('usage', `nothing to ingest (usage: ${USAGE})`);
  const format = values.format as string;
  if (!FORMATS.has(format)) throw new MarsadError('usage', `--format wants auto, text or html, got ${JSON.stringify(format)}`);

  const urls = positionals.filter(isUrlArgument);
  const paths = positionals.filter((p) => !isUrlArgument(p));
  const skip = skipFlag(values.skip);
  if (values.queue) {
    if (urls.length > 0) throw new MarsadError('usage', `--queue takes files, not URLs (got ${urls[0]}): ingest URLs directly, or save them first`);
    return enqueueCommand(paths, dbFlag(values.db), { format: format as InputFormat, source: values.source, skip });
  }
  const seeds = urls.map((url) => {
    const canonical = canonicalUrl(url);
    if (!canonical) throw new MarsadError('usage', 'not a URL Marsad can fetch', url);
    return { url: canonical, kind: 'seed' as const, source: values.source };
  });
  const crawl = seeds.length > 0 ? crawlSettings(values) : undefined;
  const store = await openStore(dbFlag(values.db));
  const progress = values.json ? undefined : new ProgressBar(paths);
  const crawler = crawl && new Crawler(store, {
    fetcher: crawl.fetcher, concurrency: crawl.concurrency, since: crawl.since, maxLinksPerDocument: crawl.maxLinksPerDocument,
    onEvent: (event: CrawlEvent) => {
      if (event.level === 'info' && !values.verbose) return;
      progress?.finish();
      warn(`${event.url}: ${event.message}`);
    },
  });
  async function* items(): AsyncGenerator<IngestItem> {
    if (paths.length > 0) yield* readSources(paths, { format: format as InputFormat, source: values.source });
    if (crawler) yield* crawler.run(seeds);
  }
  try {
    const summary = await ingestItems(items(), store, {
      skip,
      batchSize: values['batch-size'] ? intFlag(values['batch-size'], 'batch-size', 500, 1, 100_000) : undefined,
      workers: values.workers !== undefined ? intFlag(values.workers, 'workers', 0, 0, 64) : undefined,
      poolAfter: crawler ? CRAWL_POOL_AFTER : undefined,
      onItem: (item: ItemReport) => {
        crawler?.onItem(item);
        progress?.update(item.origin, item.status);
        if (item.status === 'rejected') {
          progress?.finish();
          warn(item.error ?? `${item.origin}: rejected`);
        }
        if (values.json) printJson(item, false);
      },
    });
    await crawler?.settled();
    progress?.finish();
    if (summary.ingested > 0) reportAlerts(await runAlerts(store));
    if (crawler) {
      const c = crawler.counts;
      warn(`crawl: fetched ${c.fetched}, feeds and sitemaps read ${c.feeds} (links ${c.linksFound}, new ${c.linksNew}), ` +
        `not modified ${c.notModified}, already stored ${c.alreadyStored}, disallowed by robots.txt ${c.disallowed}, failed ${c.failed}`);
    }
    if (!values.json) printLine(`ingested ${summary.ingested} duplicates ${summary.duplicates} rejected ${summary.rejected}`);
    return summary.ingested + summary.duplicates === 0 && summary.rejected > 0 ? 2 : 0;
  } finally {
    crawl?.fetcher.close();
    await store.close();
  }
}
