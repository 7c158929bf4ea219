// Flags shared by the commands that fetch from the web (ingest URL…, watch): how polite, how
// bold, which links to follow.
import { MarsadError } from '../core/errors.ts';
import { Fetcher, type FetchPolicy } from '../crawl/fetch/index.ts';
import { intFlag } from './args.ts';

export const CRAWL_OPTIONS = {
  'allow-private': { type: 'boolean', default: false },
  'no-robots': { type: 'boolean', default: false },
  delay: { type: 'string' },
  concurrency: { type: 'string' },
  since: { type: 'string' },
  'user-agent': { type: 'string' },
  timeout: { type: 'string' },
  'max-links': { type: 'string' },
} as const;

export const CRAWL_USAGE = '[--allow-private] [--delay MS] [--concurrency N] [--since DATE] [--no-robots] [--timeout S] [--max-links N] [--user-agent UA]';

export interface CrawlFlagValues {
  'allow-private'?: boolean;
  'no-robots'?: boolean;
  delay?: string;
  concurrency?: string;
  since?: string;
  'user-agent'?: string;
  timeout?: string;
  'max-links'?: string;
}

export interface CrawlSettings {
  fetcher: Fetcher;
  concurrency: number;
  since?: string;
  /** Links followed from one feed or sitemap; the rest are dropped with a warning. */
  maxLinksPerDocument: number;
}

/**
 * The fetcher the flags ask for. `--delay 0 --no-robots` turns politeness off (a local mirror, a
 * benchmark); the private-address rule stays unless `--allow-private`.
 */
export function crawlSettings(values: CrawlFlagValues): CrawlSettings {
  const concurrency = intFlag(values.concurrency, 'concurrency', 16, 1, 256);
  const delay = intFlag(values.delay, 'delay', 1000, 0, 600_000);
  const timeoutSeconds = intFlag(values.timeout, 'timeout', 20, 1, 600);
  let since: string | undefined;
  if (values.since !== undefined) {
    const time = Date.parse(values.since);
    if (Number.isNaN(time)) throw new MarsadError('usage', `--since wants a date such as 2026-11-01, got ${JSON.stringify(values.since)}`);
    since = new Date(time).toISOString();
  }
  const policy: Partial<FetchPolicy> = {
    allowPrivate: values['allow-private'] === true,
    polite: values['no-robots'] !== true,
    perHostDelayMs: delay,
    totalConcurrency: concurrency,
    // Without a gap between requests, one host may take as many at once as the crawl allows.
    perHostConcurrency: delay === 0 ? concurrency : 2,
    timeoutMs: timeoutSeconds * 1000,
    totalTimeoutMs: Math.max(60, timeoutSeconds * 3) * 1000,
  };
  if (values['user-agent']) policy.userAgent = values['user-agent'];
  const maxLinksPerDocument = intFlag(values['max-links'], 'max-links', 50_000, 1, 1_000_000);
  return { fetcher: new Fetcher(policy), concurrency, since, maxLinksPerDocument };
}

export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}
