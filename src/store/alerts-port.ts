// Alerts in the store: saved searches, the articles that matched them, and the webhook deliveries
// owed for those matches (an outbox). Both adapters keep them in the archive's own database, so
// matching and delivering survive a restart:
//   - an article stored while any alert exists is put in an inbox by a trigger, in the very
//     transaction that stores it; matchNew() takes inbox articles, records their matches and
//     delivery rows, and empties those inbox rows, all in ONE transaction: a crash loses no match
//     and creates none twice;
//   - a delivery is claimed under a lease before it is sent and marked sent right after the
//     receiver's 2xx; a process that dies in between leaves the lease to expire and the delivery
//     is sent again (at-least-once, with the same idempotency key).
import type { Article } from '../core/types.ts';
import type { ArticleSummary, Page } from './port.ts';

export interface NewAlert {
  /** Unique; letters of any script, digits, '-' and '_' (src/alerts/names.ts checks it). */
  name: string;
  /** The search query, as the user typed it (src/search/query.ts syntax). */
  query: string;
  /** Only articles that mention this entity. */
  entityId?: string;
  /** http(s) URL that receives a POST per new match. */
  webhook?: string;
  createdAt: string;
}

export interface Alert extends NewAlert {}

export type DeliveryState = 'pending' | 'sent' | 'failed';

export interface DeliveryCounts {
  pending: number;
  sent: number;
  failed: number;
}

export interface AlertSummary extends Alert {
  matches: number;
  lastMatchedAt?: string;
  deliveries: DeliveryCounts;
}

/** An article that arrived since matching last ran, with the alerts that existed before it arrived. */
export interface InboxArticle {
  article: Article;
  alerts: Alert[];
}

export interface MatchToRecord {
  alert: string;
  articleId: string;
}

/** Chooses the matches among inbox articles. Runs inside the store's transaction: pure and synchronous. */
export type MatchChooser = (items: InboxArticle[]) => MatchToRecord[];

export interface MatchRunResult {
  /** Inbox articles taken (and now forgotten). */
  articles: number;
  /** Matches recorded (new ones only). */
  matched: number;
}

export interface AlertMatch extends ArticleSummary {
  matchedAt: string;
  /** Display text, for snippets. */
  text: string;
}

/** A delivery claimed for sending. */
export interface Delivery {
  alert: string;
  articleId: string;
  webhook: string;
  matchedAt: string;
  /** Attempts so far, this one included. */
  attempts: number;
}

export interface DeliveryRecord {
  alert: string;
  articleId: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  sentAt?: string;
}

export type DeliveryOutcome =
  | { state: 'sent'; at: string }
  | { state: 'pending'; nextAttemptAt: string; error: string }
  | { state: 'failed'; error: string };

export interface AlertStore {
  /** Adds an alert; a name already taken is a MarsadError ('usage'). It matches articles stored after it. */
  add(alert: NewAlert): Promise<Alert>;
  get(name: string): Promise<Alert | undefined>;
  /** Every alert with its counts, by name. */
  list(): Promise<AlertSummary[]>;
  /** Removes the alert, its matches and its deliveries; false when there was no such alert. */
  remove(name: string): Promise<boolean>;
  /**
   * Takes up to `limit` inbox articles (oldest first), asks `choose` which alerts they match, records
   * those matches (and a pending delivery for each alert with a webhook, due at `matchedAt`), and
   * empties those inbox rows — one transaction.
   */
  matchNew(choose: MatchChooser, options: { limit: number; matchedAt: string }): Promise<MatchRunResult>;
  /** Records matches found another way (a backfill over stored articles): no deliveries for them. Returns how many were new. */
  addMatches(alert: string, articleIds: string[], matchedAt: string): Promise<number>;
  /** An alert's matches, latest match first (then newest article first). */
  matches(alert: string, options?: { limit?: number; offset?: number }): Promise<Page<AlertMatch>>;
  /**
   * Claims up to `limit` pending deliveries due at `now`: each gets one more attempt counted and is
   * not due again until `leaseUntil`, so no other process sends it meanwhile.
   */
  claimDeliveries(options: { now: string; leaseUntil: string; limit: number }): Promise<Delivery[]>;
  recordDelivery(alert: string, articleId: string, outcome: DeliveryOutcome): Promise<void>;
  /** Deliveries of one alert in a state, newest match first (what `alert list` shows of failures). */
  deliveries(alert: string, state: DeliveryState, limit?: number): Promise<DeliveryRecord[]>;
}
