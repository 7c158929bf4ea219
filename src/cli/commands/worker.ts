// marsad worker --db postgres://… [--until-idle] [--lease-seconds N] [--json]
// Takes queued jobs (`marsad ingest --queue`) until stopped; with --until-idle, until no job is
// queued or running. SIGTERM or SIGINT stops it after the job in hand. Prints
// `jobs J ingested N duplicates D rejected R` at the end; with --json, one line per job as well.
// Also the producing side, `marsad ingest --queue` (enqueueCommand), so the queue's CLI is in one place.
import { runAlerts } from '../../alerts/index.ts';
import { MarsadError } from '../../core/errors.ts';
import { enqueuePaths, type EnqueueOptions } from '../../queue/enqueue.ts';
import { runWorker } from '../../queue/worker.ts';
import { isPostgresUrl, openStore } from '../../store/open.ts';
import { PostgresStore } from '../../store/postgres/postgres-store.ts';
import { reportAlerts } from '../alerts-summary.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine, warn } from '../output.ts';

/** Alerts are matched at least this often while the queue is busy. */
const ALERTS_EVERY_MS = 10_000;

const USAGE = 'marsad worker --db postgres://… [--until-idle] [--lease-seconds N] [--json]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    'until-idle': { type: 'boolean', default: false },
    'lease-seconds': { type: 'string' },
    json: { type: 'boolean', default: false },
  }, USAGE);
  if (positionals.length > 0) throw new MarsadError('usage', `unexpected ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
  const db = dbFlag(values.db);
  if (!isPostgresUrl(db)) throw new MarsadError('usage', `workers share a PostgreSQL database: --db postgres://… (got ${JSON.stringify(db)})`);
  const leaseSeconds = intFlag(values['lease-seconds'], 'lease-seconds', 60, 1, 86_400);

  const store = await PostgresStore.open(db);
  let lastAlerts = Date.now();
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const summary = await runWorker(store, {
      untilIdle: values['until-idle'],
      leaseMs: leaseSeconds * 1000,
      signal: stop.signal,
      onJob: (report) => { if (values.json) printJson(report, false); },
      onRejected: (_origin, _code, message) => warn(message),
      between: async (idle) => {
        // Alerts run when the queue is empty, and at least every ALERTS_EVERY_MS while it is busy.
        if (!idle && Date.now() - lastAlerts < ALERTS_EVERY_MS) return;
        lastAlerts = Date.now();
        reportAlerts(await runAlerts(store, { signal: stop.signal }));
      },
    });
    reportAlerts(await runAlerts(store, { signal: stop.signal }));
    printLine(`jobs ${summary.jobs} ingested ${summary.ingested} duplicates ${summary.duplicates} rejected ${summary.rejected}`);
    return 0;
  } finally {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
    await store.close();
  }
}

/**
 * `marsad ingest PATH… --queue`: the documents go into jobs for workers instead of being processed
 * here. Prints `queued N documents in J jobs rejected R`; exit 2 when every input was rejected.
 */
export async function enqueueCommand(paths: string[], db: string, options: Omit<EnqueueOptions, 'onRejected'> = {}): Promise<number> {
  const store = await openStore(db);
  try {
    const summary = await enqueuePaths(paths, store, { ...options, onRejected: (_origin, error) => warn(error.message) });
    printLine(`queued ${summary.documents} documents in ${summary.jobs} jobs rejected ${summary.rejected}`);
    return summary.documents === 0 && summary.rejected > 0 ? 2 : 0;
  } finally {
    await store.close();
  }
}
