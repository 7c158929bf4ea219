// The webhook outbox, drained: each due delivery is claimed under a lease, POSTed, and its outcome
// recorded. Delivery is at-least-once: a delivery is marked sent right after the receiver's 2xx,
// and the only way it is sent twice is a crash between that 2xx and our record of it — the lease
// then runs out and it goes again, with the same Marsad-Delivery key for the receiver to dedupe on.
import type { Article } from '../core/types.ts';
import { highlightKeys, parseQuery } from '../search/query.ts';
import type { Alert, Delivery, DeliveryOutcome } from '../store/alerts-port.ts';
import type { Store } from '../store/port.ts';
import { plainSnippet } from './snippet.ts';
import { postJson, type PostOptions, type PostOutcome } from './webhook.ts';

export interface DeliveryPolicy {
  /** Attempts before a delivery is given up (state failed, kept and listed). */
  maxAttempts: number;
  /** Wait before the 2nd attempt; it doubles for each one after. */
  firstRetryMs: number;
  maxRetryMs: number;
  timeoutMs: number;
  /** A claimed delivery is not handed out again for this long (a crashed sender's claim runs out). */
  leaseMs: number;
  /** POSTs in flight at once. */
  concurrency: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  maxAttempts: 10, firstRetryMs: 5_000, maxRetryMs: 3_600_000, timeoutMs: 10_000, leaseMs: 60_000, concurrency: 4,
};

/** What a receiver gets for one match. */
export interface WebhookPayload {
  alert: string;
  article: { id: string; url?: string; title: string; source?: string; publishedAt?: string; snippet: string };
  matchedAt: string;
}

export interface DeliverOptions {
  now?: () => Date;
  signal?: AbortSignal;
  policy?: Partial<DeliveryPolicy>;
  /** The sender (tests may swap it); Node's http/https by default. */
  post?: (url: string, body: string, options: PostOptions) => Promise<PostOutcome>;
}

export interface DeliverResult {
  delivered: number;
  /** Given up: a rejecting answer, the last attempt failing, or the article gone. */
  failed: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
}

/** The Marsad-Delivery header: the same for every attempt of one match. Percent-encoded, as header values are ASCII. */
export function deliveryKey(alert: string, articleId: string): string {
  return `${encodeURIComponent(alert)}:${encodeURIComponent(articleId)}`;
}

export function webhookPayload(alert: Alert, article: Article, matchedAt: string): WebhookPayload {
  return {
    alert: alert.name,
    article: {
      id: article.id, url: article.url, title: article.title, source: article.source,
      publishedAt: article.publishedAt ?? article.firstSeenAt,
      snippet: plainSnippet(article.text, highlightKeys(parseQuery(alert.query))),
    },
    matchedAt,
  };
}

/** A receiver's "Retry-After: 0" is taken as this: it must not make one run send again and again. */
const MIN_RETRY_MS = 1_000;

/** Exponential backoff from the attempt just made (1-based); the receiver's Retry-After wins when given. */
export function retryDelayMs(attempt: number, policy: DeliveryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(policy.maxRetryMs, Math.max(MIN_RETRY_MS, retryAfterMs));
  return Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** (attempt - 1));
}

function outcomeOf(result: PostOutcome, delivery: Delivery, policy: DeliveryPolicy, now: Date): DeliveryOutcome {
  if (result.kind === 'delivered') return { state: 'sent', at: now.toISOString() };
  if (result.kind === 'rejected') return { state: 'failed', error: result.error };
  if (delivery.attempts >= policy.maxAttempts) return { state: 'failed', error: `gave up after ${delivery.attempts} attempts: ${result.error}` };
  const wait = retryDelayMs(delivery.attempts, policy, result.retryAfterMs);
  return { state: 'pending', nextAttemptAt: new Date(now.getTime() + wait).toISOString(), error: result.error };
}

/** Sends every delivery due now, each once; those that fail are scheduled again, not waited for. */
export async function deliverDue(store: Store, options: DeliverOptions = {}): Promise<DeliverResult> {
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...options.policy };
  const now = options.now ?? (() => new Date());
  const post = options.post ?? ((url, body, postOptions) => postJson(url, body, postOptions, now));
  const alerts = new Map<string, Alert | undefined>();
  const result: DeliverResult = { delivered: 0, failed: 0, retrying: 0 };

  const deliverOne = async (delivery: Delivery): Promise<void> => {
    if (!alerts.has(delivery.alert)) alerts.set(delivery.alert, await store.alerts.get(delivery.alert));
    const alert = alerts.get(delivery.alert);
    const article = await store.getArticle(delivery.articleId);
    let outcome: DeliveryOutcome;
    if (!alert || !article) {
      outcome = { state: 'failed', error: 'the article is no longer stored' };
    } else {
      const body = JSON.stringify(webhookPayload(alert, article, delivery.matchedAt));
      const sent = await post(delivery.webhook, body, {
        headers: { 'Content-Type': 'application/json', 'Marsad-Delivery': deliveryKey(delivery.alert, delivery.articleId) },
        timeoutMs: policy.timeoutMs, signal: options.signal,
      });
      outcome = outcomeOf(sent, delivery, policy, now());
    }
    await store.alerts.recordDelivery(delivery.alert, delivery.articleId, outcome);
    if (outcome.state === 'sent') result.delivered++;
    else if (outcome.state === 'failed') result.failed++;
    else result.retrying++;
  };

  while (!options.signal?.aborted) {
    const at = now();
    const claimed = await store.alerts.claimDeliveries({
      now: at.toISOString(), leaseUntil: new Date(at.getTime() + policy.leaseMs).toISOString(), limit: policy.concurrency * 4,
    });
    if (claimed.length === 0) break;
    // A few POSTs at once: one slow receiver should not hold up every other alert's deliveries.
    const queue = [...claimed];
    const lanes = Array.from({ length: Math.min(policy.concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await deliverOne(next);
    });
    await Promise.all(lanes);
  }
  return result;
}
