// Alerts: saved searches that watch new articles. runAlerts() is the one call the pipeline makes
// (after `marsad ingest`, after each `marsad watch` round, in `marsad worker`): it matches every
// article stored since the last run against every alert, then sends the webhook deliveries due.
import { parseQuery } from '../search/query.ts';
import type { Alert, InboxArticle, MatchToRecord } from '../store/alerts-port.ts';
import type { Store } from '../store/port.ts';
import { deliverDue, type DeliveryPolicy } from './deliver.ts';
import { compileQuery, IndexedArticle, mentionsEntity, type CompiledQuery } from './match.ts';

export { addAlert, checkAlertQuery, resolveEntity, MAX_BACKFILL, type AddAlertInput, type AddAlertResult } from './manage.ts';
export { checkAlertName, checkWebhookUrl } from './names.ts';
export { deliverDue, deliveryKey, webhookPayload, DEFAULT_DELIVERY_POLICY, type DeliveryPolicy, type WebhookPayload } from './deliver.ts';
export { alertFeed, type FeedOptions } from './feed.ts';

/** Inbox articles matched per transaction. */
const MATCH_BATCH = 200;

export interface RunAlertsOptions {
  /** Send due webhook deliveries too (default true). */
  deliver?: boolean;
  now?: () => Date;
  signal?: AbortSignal;
  policy?: Partial<DeliveryPolicy>;
}

export interface RunAlertsResult {
  /** New matches recorded. */
  matched: number;
  /** Webhook POSTs the receiver accepted. */
  delivered: number;
  /** Deliveries given up for good. */
  failed: number;
}

/** Chooses matches with each alert's query compiled once per run. */
class AlertMatcher {
  private readonly compiled = new Map<string, CompiledQuery | undefined>();

  private queryOf(alert: Alert): CompiledQuery | undefined {
    if (!this.compiled.has(alert.query)) this.compiled.set(alert.query, compileQuery(parseQuery(alert.query)));
    return this.compiled.get(alert.query);
  }

  choose(items: InboxArticle[]): MatchToRecord[] {
    const matches: MatchToRecord[] = [];
    for (const { article, alerts } of items) {
      const candidates = alerts.filter((alert) => mentionsEntity(article, alert.entityId));
      if (candidates.length === 0) continue;
      const indexed = new IndexedArticle(article);
      for (const alert of candidates) {
        const query = this.queryOf(alert);
        if (query && indexed.matches(query)) matches.push({ alert: alert.name, articleId: article.id });
      }
    }
    return matches;
  }
}

/** Matches what arrived since the last run; returns the new matches and how the deliveries went. */
export async function matchNewArticles(store: Store, options: { now?: () => Date; signal?: AbortSignal } = {}): Promise<number> {
  const now = options.now ?? (() => new Date());
  const matcher = new AlertMatcher();
  let matched = 0;
  while (!options.signal?.aborted) {
    const run = await store.alerts.matchNew((items) => matcher.choose(items), { limit: MATCH_BATCH, matchedAt: now().toISOString() });
    matched += run.matched;
    if (run.articles < MATCH_BATCH) break;
  }
  return matched;
}

export async function runAlerts(store: Store, options: RunAlertsOptions = {}): Promise<RunAlertsResult> {
  const matched = await matchNewArticles(store, options);
  if (options.deliver === false) return { matched, delivered: 0, failed: 0 };
  const { delivered, failed } = await deliverDue(store, options);
  return { matched, delivered, failed };
}
