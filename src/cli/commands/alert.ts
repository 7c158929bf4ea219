// marsad alert add NAME --query Q [--entity E] [--webhook URL] [--backfill] [--db D]
// marsad alert list [--db D] [--json]
// marsad alert remove NAME [--db D]
// marsad alert check [--db D] [--json]     match new articles now and send the webhook deliveries due
// An alert matches the articles stored after it was added (--backfill: the stored ones too); each
// is an RSS feed at /alerts/NAME.rss under `marsad serve`, and with --webhook a POST per new match.
import { addAlert, checkAlertName, runAlerts } from '../../alerts/index.ts';
import { MarsadError } from '../../core/errors.ts';
import type { AlertSummary, DeliveryRecord } from '../../store/alerts-port.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/port.ts';
import { dbFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

const USAGE = {
  add: 'marsad alert add NAME --query Q [--entity E] [--webhook URL] [--backfill] [--db D]',
  list: 'marsad alert list [--db D] [--json]',
  remove: 'marsad alert remove NAME [--db D]',
  check: 'marsad alert check [--db D] [--json]',
} as const;
const ALL_USAGE = Object.values(USAGE).join(' | ');
/** Failed deliveries shown per alert by `alert list`. */
const FAILURES_SHOWN = 5;

async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbFlag(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function oneName(positionals: string[], usage: string): string {
  if (positionals.length !== 1) {
    throw new MarsadError('usage', `${positionals.length === 0 ? 'an alert name is needed' : 'one alert name, without spaces'} (usage: ${usage})`);
  }
  return checkAlertName(positionals[0]);
}

async function add(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' }, query: { type: 'string' }, entity: { type: 'string' }, webhook: { type: 'string' },
    backfill: { type: 'boolean', default: false },
  }, USAGE.add);
  const name = oneName(positionals, USAGE.add);
  if (values.query === undefined) throw new MarsadError('usage', `--query is needed (usage: ${USAGE.add})`);
  const query = values.query;
  return withStore(values.db, async (store) => {
    const added = await addAlert(store, { name, query, entity: values.entity, webhook: values.webhook, backfill: values.backfill });
    const about = added.entity ? ` mentioning ${added.entity.canonical} [${added.entity.id}]` : '';
    printLine(`added alert ${name}: articles matching «${added.alert.query}»${about}`);
    if (values.backfill) {
      printLine(`backfilled ${added.backfilled} stored article${added.backfilled === 1 ? '' : 's'}${added.backfillTruncated ? ' (the best-ranked ones; there are more)' : ''}` +
        `${added.alert.webhook ? ' (no webhook calls for them)' : ''}; new articles match from now on`);
    } else {
      printLine('it matches articles stored from now on (--backfill also matches those already stored)');
    }
    printLine(`feed: /alerts/${encodeURIComponent(name)}.rss${added.alert.webhook ? `; webhook: POST ${added.alert.webhook}` : ''}`);
    return 0;
  });
}

function alertLines(alert: AlertSummary, failures: DeliveryRecord[]): string[] {
  const lines = [`${alert.name}  «${alert.query}»${alert.entityId ? `  entity ${alert.entityId}` : ''}  matches ${alert.matches}` +
    `${alert.lastMatchedAt ? ` (last ${alert.lastMatchedAt})` : ''}`];
  if (alert.webhook) {
    const { sent, pending, failed } = alert.deliveries;
    lines.push(`  webhook ${alert.webhook}: sent ${sent} pending ${pending} failed ${failed}`);
  }
  for (const f of failures) lines.push(`  failed ${f.articleId} after ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}: ${f.lastError ?? ''}`);
  return lines;
}

async function list(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } }, USAGE.list);
  if (positionals.length > 0) throw new MarsadError('usage', `alert list takes no names (usage: ${USAGE.list})`);
  return withStore(values.db, async (store) => {
    const alerts = await store.alerts.list();
    const failures = await Promise.all(alerts.map((a) => (a.deliveries.failed > 0 ? store.alerts.deliveries(a.name, 'failed', FAILURES_SHOWN) : [])));
    if (values.json) {
      printJson({ alerts: alerts.map((a, i) => ({ ...a, failedDeliveries: failures[i] })) });
      return 0;
    }
    if (alerts.length === 0) printLine('no alerts (marsad alert add NAME --query Q)');
    alerts.forEach((a, i) => alertLines(a, failures[i]).forEach(printLine));
    return 0;
  });
}

async function remove(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' } }, USAGE.remove);
  const name = oneName(positionals, USAGE.remove);
  return withStore(values.db, async (store) => {
    if (!(await store.alerts.remove(name))) throw new MarsadError('not_found', `no alert named ${JSON.stringify(name)} (marsad alert list)`);
    printLine(`removed alert ${name}`);
    return 0;
  });
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } }, USAGE.check);
  if (positionals.length > 0) throw new MarsadError('usage', `alert check takes no names (usage: ${USAGE.check})`);
  return withStore(values.db, async (store) => {
    const result = await runAlerts(store);
    const pending = (await store.alerts.list()).reduce((sum, a) => sum + a.deliveries.pending, 0);
    if (values.json) printJson({ ...result, pending }, false);
    else printLine(`matched ${result.matched} delivered ${result.delivered} failed ${result.failed} pending ${pending}`);
    return 0;
  });
}

const SUBCOMMANDS: Readonly<Record<string, (args: string[]) => Promise<number>>> = { add, list, remove, check };

export async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const subcommand = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!subcommand) throw new MarsadError('usage', `marsad alert wants add, list, remove or check (usage: ${ALL_USAGE})`);
  return subcommand(rest);
}
