// Alerts on PostgreSQL (see ../alerts-port.ts). Many workers may run matching and delivery at once:
// inbox rows and due deliveries are taken with FOR UPDATE SKIP LOCKED, so each is handled by one of
// them. The inbox is filled by the articles_to_alert_inbox trigger (migration 6): a row per article
// inserted while any alert exists, in the transaction that inserts it. Article keys (rid) come from
// a sequence, so a transaction that commits late can hold a smaller rid than one already matched;
// the inbox, not a "last rid seen" cursor, is what keeps such an article from being missed.
import type pg from 'pg';
import type {
  Alert, AlertMatch, AlertStore, AlertSummary, Delivery, DeliveryOutcome, DeliveryRecord, DeliveryState, MatchChooser,
  MatchRunResult, NewAlert,
} from '../alerts-port.ts';
import type { Page } from '../port.ts';
import { articleFromRow, type ArticleRow } from '../rows.ts';
import { alertFromRow, deliveryFromRow, duplicateAlert, matchFromRow, type AlertColumns, type DeliveryRow, type MatchRow } from '../alert-rows.ts';
import { inTransaction, withRetry } from './connection.ts';
import { clampLimit, clampOffset } from './sql.ts';

interface AlertRow extends AlertColumns {
  after_rid: string;
}

export class PostgresAlerts implements AlertStore {
  private readonly pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  private async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return withRetry(async () => (await this.pool.query<T>(sql, params)).rows);
  }

  async add(alert: NewAlert): Promise<Alert> {
    const rows = await this.query<AlertRow>(`INSERT INTO alerts (name, query, entity_id, webhook, created_at, after_rid)
      VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(rid), 0) FROM articles)) ON CONFLICT (name) DO NOTHING RETURNING *`,
    [alert.name, alert.query, alert.entityId ?? null, alert.webhook ?? null, alert.createdAt]);
    if (rows.length === 0) throw duplicateAlert(alert.name);
    return alertFromRow(rows[0]);
  }

  async get(name: string): Promise<Alert | undefined> {
    const [row] = await this.query<AlertRow>('SELECT * FROM alerts WHERE name = $1', [name]);
    return row ? alertFromRow(row) : undefined;
  }

  async list(): Promise<AlertSummary[]> {
    const rows = await this.query<AlertRow & { matches: number; last_matched_at: string | null; pending: number; sent: number; failed: number }>(
      `SELECT a.*,
        (SELECT count(*)::int FROM alert_matches m WHERE m.alert = a.name) AS matches,
        (SELECT max(matched_at) FROM alert_matches m WHERE m.alert = a.name) AS last_matched_at,
        (SELECT count(*)::int FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'pending') AS pending,
        (SELECT count(*)::int FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'sent') AS sent,
        (SELECT count(*)::int FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'failed') AS failed
      FROM alerts a ORDER BY a.name`);
    return rows.map((row) => {
      const summary: AlertSummary = {
        ...alertFromRow(row), matches: row.matches, deliveries: { pending: row.pending, sent: row.sent, failed: row.failed },
      };
      if (row.last_matched_at !== null) summary.lastMatchedAt = row.last_matched_at;
      return summary;
    });
  }

  async remove(name: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM alert_deliveries WHERE alert = $1', [name]);
      await client.query('DELETE FROM alert_matches WHERE alert = $1', [name]);
      const { rowCount } = await client.query('DELETE FROM alerts WHERE name = $1', [name]);
      return (rowCount ?? 0) > 0;
    });
  }

  matchNew(choose: MatchChooser, options: { limit: number; matchedAt: string }): Promise<MatchRunResult> {
    // Retried whole on a dropped connection: choose() is pure, and nothing was committed.
    return inTransaction(this.pool, async (client) => {
      const { rows: taken } = await client.query<{ rid: string }>(
        'SELECT rid FROM alert_inbox ORDER BY rid LIMIT $1 FOR UPDATE SKIP LOCKED', [clampLimit(options.limit, 200)]);
      if (taken.length === 0) return { articles: 0, matched: 0 };
      const rids = taken.map((r) => r.rid);
      const { rows: articles } = await client.query<ArticleRow & { rid: string }>(
        'SELECT * FROM articles WHERE rid = ANY ($1::bigint[]) ORDER BY rid', [rids]);
      const { rows: alerts } = await client.query<AlertRow>('SELECT * FROM alerts');
      const items = articles.map((row) => ({
        article: articleFromRow(row),
        alerts: alerts.filter((a) => BigInt(a.after_rid) < BigInt(row.rid)).map(alertFromRow),
      }));
      const chosen = choose(items);
      let matched = 0;
      if (chosen.length > 0) {
        const { rows: inserted } = await client.query<{ alert: string; article_id: string }>(
          `INSERT INTO alert_matches (alert, article_id, matched_at)
          SELECT alert, article_id, $3 FROM unnest($1::text[], $2::text[]) AS c(alert, article_id)
          ON CONFLICT DO NOTHING RETURNING alert, article_id`,
          [chosen.map((c) => c.alert), chosen.map((c) => c.articleId), options.matchedAt]);
        matched = inserted.length;
        await client.query(`INSERT INTO alert_deliveries (alert, article_id, state, attempts, next_attempt_at)
          SELECT c.alert, c.article_id, 'pending', 0, $3 FROM unnest($1::text[], $2::text[]) AS c(alert, article_id)
          JOIN alerts a ON a.name = c.alert WHERE a.webhook IS NOT NULL
          ON CONFLICT DO NOTHING`, [inserted.map((r) => r.alert), inserted.map((r) => r.article_id), options.matchedAt]);
      }
      await client.query('DELETE FROM alert_inbox WHERE rid = ANY ($1::bigint[])', [rids]);
      return { articles: taken.length, matched };
    });
  }

  async addMatches(alert: string, articleIds: string[], matchedAt: string): Promise<number> {
    if (articleIds.length === 0) return 0;
    const rows = await this.query(`INSERT INTO alert_matches (alert, article_id, matched_at)
      SELECT a.name, ids.id, $3 FROM alerts a CROSS JOIN unnest($2::text[]) AS ids(id) WHERE a.name = $1
      ON CONFLICT DO NOTHING RETURNING article_id`, [alert, articleIds, matchedAt]);
    return rows.length;
  }

  async matches(alert: string, options: { limit?: number; offset?: number } = {}): Promise<Page<AlertMatch>> {
    const [{ n: total }] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM alert_matches m
      JOIN articles a ON a.id = m.article_id WHERE m.alert = $1`, [alert]);
    const rows = await this.query<MatchRow>(`SELECT m.matched_at, a.id, a.title, a.source, a.url, a.published_at, a.first_seen_at,
        a.standfirst, a.dateline, a.text
      FROM alert_matches m JOIN articles a ON a.id = m.article_id WHERE m.alert = $1
      ORDER BY m.matched_at DESC, a.sort_date DESC, a.rid DESC LIMIT $2 OFFSET $3`,
    [alert, clampLimit(options.limit, 50), clampOffset(options.offset)]);
    return { total, items: rows.map(matchFromRow) };
  }

  claimDeliveries(options: { now: string; leaseUntil: string; limit: number }): Promise<Delivery[]> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ alert: string; article_id: string; attempts: number; webhook: string; matched_at: string }>(
        `WITH due AS (
          SELECT alert, article_id FROM alert_deliveries
          WHERE state = 'pending' AND next_attempt_at <= $1
          ORDER BY next_attempt_at, alert, article_id LIMIT $3 FOR UPDATE SKIP LOCKED)
        UPDATE alert_deliveries d SET attempts = d.attempts + 1, next_attempt_at = $2
        FROM due, alerts a, alert_matches m
        WHERE d.alert = due.alert AND d.article_id = due.article_id AND a.name = d.alert AND a.webhook IS NOT NULL
          AND m.alert = d.alert AND m.article_id = d.article_id
        RETURNING d.alert, d.article_id, d.attempts, a.webhook, m.matched_at`,
        [options.now, options.leaseUntil, clampLimit(options.limit, 20)]);
      return rows.map((row) => ({ alert: row.alert, articleId: row.article_id, webhook: row.webhook, matchedAt: row.matched_at, attempts: row.attempts }));
    });
  }

  async recordDelivery(alert: string, articleId: string, outcome: DeliveryOutcome): Promise<void> {
    const where = "WHERE alert = $1 AND article_id = $2 AND state = 'pending'";
    if (outcome.state === 'sent') {
      await this.query(`UPDATE alert_deliveries SET state = 'sent', sent_at = $3, last_error = NULL ${where}`, [alert, articleId, outcome.at]);
    } else if (outcome.state === 'pending') {
      await this.query(`UPDATE alert_deliveries SET next_attempt_at = $3, last_error = $4 ${where}`,
        [alert, articleId, outcome.nextAttemptAt, outcome.error]);
    } else {
      await this.query(`UPDATE alert_deliveries SET state = 'failed', last_error = $3 ${where}`, [alert, articleId, outcome.error]);
    }
  }

  async deliveries(alert: string, state: DeliveryState, limit = 20): Promise<DeliveryRecord[]> {
    const rows = await this.query<DeliveryRow>(`SELECT d.* FROM alert_deliveries d
      JOIN alert_matches m ON m.alert = d.alert AND m.article_id = d.article_id
      WHERE d.alert = $1 AND d.state = $2 ORDER BY m.matched_at DESC, d.article_id LIMIT $3`,
    [alert, state, clampLimit(limit, 20)]);
    return rows.map(deliveryFromRow);
  }
}
