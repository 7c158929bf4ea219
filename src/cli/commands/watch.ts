// marsad watch --sources FILE [--interval 10m] [--once] [--db D] [--json] [crawl flags]
// Polls the outlets in FILE (src/crawl/outlets.ts) every interval and ingests what is new, until
// stopped (Ctrl-C, SIGTERM): the round in progress stores what it fetched, then the watcher exits.
// One line per round on stdout; problems with a source on stderr, one line each.
import { runAlerts } from '../../alerts/index.ts';
import { MarsadError } from '../../core/errors.ts';
import { readOutlets } from '../../crawl/outlets.ts';
import { watchOutlets, type RoundReport } from '../../crawl/watch.ts';
import { openStore } from '../../store/open.ts';
import { reportAlerts } from '../alerts-summary.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { CRAWL_OPTIONS, CRAWL_USAGE, crawlSettings } from '../crawl-flags.ts';
import { printJson, printLine, warn } from '../output.ts';

const USAGE = `marsad watch --sources FILE [--interval 10m] [--once] [--db D] [--workers N] [--json] ${CRAWL_USAGE}`;
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** `90`, `90s`, `10m`, `1h` → milliseconds; from 1 second to 1 day. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/.exec(value.trim());
  const ms = match ? Number(match[1]) * UNITS[match[2] || 's'] : NaN;
  if (!(ms >= 1000 && ms <= 86_400_000)) {
    throw new MarsadError('usage', `--interval wants a duration such as 30s, 10m or 1h (1 s to 24 h), got ${JSON.stringify(value)}`);
  }
  return ms;
}

function roundLine(report: RoundReport): string {
  const { summary: s, counts: c } = report;
  return `round ${report.round}: ingested ${s.ingested} duplicates ${s.duplicates} rejected ${s.rejected}` +
    ` (fetched ${c.fetched}, feeds read ${c.feeds}, not modified ${c.notModified}, failed ${c.failed})` +
    (report.nextRoundAt ? `; next round at ${report.nextRoundAt}` : '');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    sources: { type: 'string' },
    interval: { type: 'string', default: '10m' },
    once: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    workers: { type: 'string' },
    ...CRAWL_OPTIONS,
  }, USAGE);
  if (positionals.length > 0) throw new MarsadError('usage', `watch takes no arguments, the outlets come from --sources (usage: ${USAGE})`);
  if (!values.sources) throw new MarsadError('usage', `--sources FILE is required (usage: ${USAGE})`);
  const intervalMs = parseInterval(values.interval as string);
  const outlets = readOutlets(values.sources);
  const crawl = crawlSettings(values);
  const store = await openStore(dbFlag(values.db));
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const total = await watchOutlets(store, outlets, {
      fetcher: crawl.fetcher, concurrency: crawl.concurrency, since: crawl.since, maxLinksPerDocument: crawl.maxLinksPerDocument, intervalMs, once: values.once,
      signal: stop.signal,
      // Matches every round; webhook deliveries that failed are retried on later rounds.
      afterRound: async () => reportAlerts(await runAlerts(store)),
      workers: values.workers !== undefined ? intFlag(values.workers, 'workers', 0, 0, 64) : undefined,
      onEvent: (event) => {
        if (event.level !== 'info' || values.verbose) warn(`${event.url}: ${event.message}`);
      },
      onItem: (item) => {
        if (item.status === 'rejected') warn(item.error ?? `${item.origin}: rejected`);
        if (values.json) printJson(item, false);
      },
      onRound: (report) => {
        if (values.json) printJson({ round: report.round, ...report.summary, crawl: report.counts, nextRoundAt: report.nextRoundAt }, false);
        else printLine(roundLine(report));
      },
    });
    if (!values.json) printLine(`ingested ${total.ingested} duplicates ${total.duplicates} rejected ${total.rejected}`);
    return 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    crawl.fetcher.close();
    await store.close();
  }
}
