// Alerts on SQLite (see ../alerts-port.ts). Writes go through the store's single writer
// connection, each in one transaction; reads of what is shown (lists, feeds) use the reader.
// The inbox is filled by the articles_to_alert_inbox trigger (migration 6).
import type Database from 'better-sqlite3';
import type {
  Alert, AlertMatch, AlertStore, AlertSummary, Delivery, DeliveryOutcome, DeliveryRecord, DeliveryState, MatchChooser,
  MatchRunResult, NewAlert,
} from '../alerts-port.ts';
import type { Page } from '../port.ts';
import { articleFromRow, type ArticleRow } from '../rows.ts';
import { alertFromRow, deliveryFromRow, duplicateAlert, matchFromRow, type AlertColumns, type DeliveryRow, type MatchRow } from '../alert-rows.ts';

interface AlertRow extends AlertColumns {
  after_rowid: number;
}

const MAX_PAGE = 1000;

function clamp(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(0, Math.min(max, Math.floor(value)));
}

export class SqliteAlerts implements AlertStore {
  private readonly writer: Database.Database;
  private readonly read: () => Database.Database;

  constructor(writer: Database.Database, read: () => Database.Database) {
    this.writer = writer;
    this.read = read;
  }

  async add(alert: NewAlert): Promise<Alert> {
    const insert = this.writer.prepare(`INSERT INTO alerts (name, query, entity_id, webhook, created_at, after_rowid)
      VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(rowid), 0) FROM articles)) ON CONFLICT (name) DO NOTHING`);
    const { changes } = insert.run(alert.name, alert.query, alert.entityId ?? null, alert.webhook ?? null, alert.createdAt);
    if (changes === 0) throw duplicateAlert(alert.name);
    return (await this.get(alert.name))!;
  }

  async get(name: string): Promise<Alert | undefined> {
    const row = this.writer.prepare('SELECT * FROM alerts WHERE name = ?').get(name) as AlertRow | undefined;
    return row ? alertFromRow(row) : undefined;
  }

  async list(): Promise<AlertSummary[]> {
    const rows = this.read().prepare(`SELECT a.*,
        (SELECT count(*) FROM alert_matches m WHERE m.alert = a.name) AS matches,
        (SELECT max(matched_at) FROM alert_matches m WHERE m.alert = a.name) AS last_matched_at,
        (SELECT count(*) FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'pending') AS pending,
        (SELECT count(*) FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'sent') AS sent,
        (SELECT count(*) FROM alert_deliveries d WHERE d.alert = a.name AND d.state = 'failed') AS failed
      FROM alerts a ORDER BY a.name`).all() as Array<AlertRow & {
        matches: number; last_matched_at: string | null; pending: number; sent: number; failed: number;
      }>;
    return rows.map((row) => {
      const summary: AlertSummary = {
        ...alertFromRow(row), matches: row.matches, deliveries: { pending: row.pending, sent: row.sent, failed: row.failed },
      };
      if (row.last_matched_at !== null) summary.lastMatchedAt = row.last_matched_at;
      return summary;
    });
  }

  async remove(name: string): Promise<boolean> {
    let removed = false;
    this.writer.transaction(() => {
      this.writer.prepare('DELETE FROM alert_deliveries WHERE alert = ?').run(name);
      this.writer.prepare('DELETE FROM alert_matches WHERE alert = ?').run(name);
      removed = this.writer.prepare('DELETE FROM alerts WHERE name = ?').run(name).changes > 0;
    })();
    return removed;
  }

  async matchNew(choose: MatchChooser, options: { limit: number; matchedAt: string }): Promise<MatchRunResult> {
    const db = this.writer;
    const take = db.prepare(`SELECT i.article_rowid AS inbox_key, a.* FROM alert_inbox i LEFT JOIN articles a ON a.rowid = i.article_rowid
      ORDER BY i.article_rowid LIMIT ?`);
    const insertMatch = db.prepare('INSERT INTO alert_matches (alert, article_id, matched_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    const insertDelivery = db.prepare(`INSERT INTO alert_deliveries (alert, article_id, state, attempts, next_attempt_at)
      SELECT name, ?, 'pending', 0, ? FROM alerts WHERE name = ? AND webhook IS NOT NULL ON CONFLICT DO NOTHING`);
    const forget = db.prepare('DELETE FROM alert_inbox WHERE article_rowid <= ?');
    // IMMEDIATE: the write lock is taken before reading the inbox, so two runs cannot take the same rows.
    return db.transaction((): MatchRunResult => {
      const rows = take.all(clamp(options.limit, 200, MAX_PAGE)) as Array<ArticleRow & { inbox_key: number }>;
      if (rows.length === 0) return { articles: 0, matched: 0 };
      const alerts = db.prepare('SELECT * FROM alerts').all() as AlertRow[];
      // An article deleted since it arrived has no row left to match.
      const items = rows.filter((row) => row.id !== null).map((row) => ({
        article: articleFromRow(row),
        alerts: alerts.filter((a) => a.after_rowid < row.inbox_key).map(alertFromRow),
      }));
      let matched = 0;
      for (const match of choose(items)) {
        if (insertMatch.run(match.alert, match.articleId, options.matchedAt).changes === 0) continue;
        matched++;
        insertDelivery.run(match.articleId, options.matchedAt, match.alert);
      }
      // Rows are taken in key order, so everything up to the last one taken is done.
      forget.run(rows[rows.length - 1].inbox_key);
      return { articles: rows.length, matched };
    }).immediate();
  }

  async addMatches(alert: string, articleIds: string[], matchedAt: string): Promise<number> {
    const insert = this.writer.prepare(`INSERT INTO alert_matches (alert, article_id, matched_at)
      SELECT name, ?, ? FROM alerts WHERE name = ? ON CONFLICT DO NOTHING`);
    let added = 0;
    this.writer.transaction(() => {
      for (const id of articleIds) added += insert.run(id, matchedAt, alert).changes;
    })();
    return added;
  }

  async matches(alert: string, options: { limit?: number; offset?: number } = {}): Promise<Page<AlertMatch>> {
    const db = this.read();
    const total = db.prepare(`SELECT count(*) FROM alert_matches m JOIN articles a ON a.id = m.article_id WHERE m.alert = ?`)
      .pluck().get(alert) as number;
    const rows = db.prepare(`SELECT m.matched_at, a.id, a.title, a.source, a.url, a.published_at, a.first_seen_at, a.standfirst,
        a.dateline, a.text
      FROM alert_matches m JOIN articles a ON a.id = m.article_id WHERE m.alert = ?
      ORDER BY m.matched_at DESC, a.sort_date DESC, a.rowid DESC LIMIT ? OFFSET ?`)
      .all(alert, clamp(options.limit, 50, MAX_PAGE), clamp(options.offset, 0, 1_000_000)) as MatchRow[];
    return { total, items: rows.map(matchFromRow) };
  }

  async claimDeliveries(options: { now: string; leaseUntil: string; limit: number }): Promise<Delivery[]> {
    const db = this.writer;
    return db.transaction((): Delivery[] => {
      const due = db.prepare(`SELECT d.alert, d.article_id, d.attempts, a.webhook, m.matched_at
        FROM alert_deliveries d JOIN alerts a ON a.name = d.alert
        JOIN alert_matches m ON m.alert = d.alert AND m.article_id = d.article_id
        WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND a.webhook IS NOT NULL
        ORDER BY d.next_attempt_at, d.alert, d.article_id LIMIT ?`)
        .all(options.now, clamp(options.limit, 20, MAX_PAGE)) as Array<{
          alert: string; article_id: string; attempts: number; webhook: string; matched_at: string;
        }>;
      const lease = db.prepare('UPDATE alert_deliveries SET attempts = attempts + 1, next_attempt_at = ? WHERE alert = ? AND article_id = ?');
      return due.map((row) => {
        lease.run(options.leaseUntil, row.alert, row.article_id);
        return { alert: row.alert, articleId: row.article_id, webhook: row.webhook, matchedAt: row.matched_at, attempts: row.attempts + 1 };
      });
    }).immediate();
  }

  async recordDelivery(alert: string, articleId: string, outcome: DeliveryOutcome): Promise<void> {
    const where = "WHERE alert = @alert AND article_id = @articleId AND state = 'pending'";
    const key = { alert, articleId };
    if (outcome.state === 'sent') {
      this.writer.prepare(`UPDATE alert_deliveries SET state = 'sent', sent_at = @at, last_error = NULL ${where}`).run({ ...key, at: outcome.at });
    } else if (outcome.state === 'pending') {
      this.writer.prepare(`UPDATE alert_deliveries SET next_attempt_at = @next, last_error = @error ${where}`)
        .run({ ...key, next: outcome.nextAttemptAt, error: outcome.error });
    } else {
      this.writer.prepare(`UPDATE alert_deliveries SET state = 'failed', last_error = @error ${where}`).run({ ...key, error: outcome.error });
    }
  }

  async deliveries(alert: string, state: DeliveryState, limit = 20): Promise<DeliveryRecord[]> {
    const rows = this.read().prepare(`SELECT d.* FROM alert_deliveries d
      JOIN alert_matches m ON m.alert = d.alert AND m.article_id = d.article_id
      WHERE d.alert = ? AND d.state = ? ORDER BY m.matched_at DESC, d.article_id LIMIT ?`)
      .all(alert, state, clamp(limit, 20, MAX_PAGE)) as DeliveryRow[];
    return rows.map(deliveryFromRow);
  }
}
