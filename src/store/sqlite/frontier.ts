// The crawl frontier on SQLite (see ../frontier-port.ts). Statements are prepared once per store.
import type Database from 'better-sqlite3';
import {
  CRAWL_STATES, KIND_PRIORITY, type CrawlFrontier, type CrawlState, type FetchRecord, type FrontierEntry, type NewFrontierUrl,
} from '../frontier-port.ts';

export interface FrontierRow {
  url: string; kind: string; source: string | null; discovered_from: string | null; discovered_at: string; state: string;
  attempts: number; next_fetch_at: string; fetched_at: string | null; status: number | null; etag: string | null;
  last_modified: string | null; article_id: string | null; error: string | null;
}

export function entryFromRow(row: FrontierRow): FrontierEntry {
  const entry: FrontierEntry = {
    url: row.url, kind: row.kind as FrontierEntry['kind'], state: row.state as CrawlState, attempts: row.attempts,
    discoveredAt: row.discovered_at, nextFetchAt: row.next_fetch_at,
  };
  if (row.source !== null) entry.source = row.source;
  if (row.discovered_from !== null) entry.discoveredFrom = row.discovered_from;
  if (row.fetched_at !== null) entry.fetchedAt = row.fetched_at;
  if (row.status !== null) entry.status = row.status;
  if (row.etag !== null) entry.etag = row.etag;
  if (row.last_modified !== null) entry.lastModified = row.last_modified;
  if (row.article_id !== null) entry.articleId = row.article_id;
  if (row.error !== null) entry.error = row.error;
  return entry;
}

/** `CASE kind …` ordering feeds and sitemaps before articles, from KIND_PRIORITY. */
export const KIND_ORDER_SQL = `CASE kind ${Object.entries(KIND_PRIORITY).map(([kind, rank]) => `WHEN '${kind}' THEN ${rank}`).join(' ')} ELSE 9 END`;

export class SqliteFrontier implements CrawlFrontier {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  async add(urls: NewFrontierUrl[], now: string): Promise<number> {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO crawl_urls (url, kind, source, discovered_from, discovered_at, state, next_fetch_at)
      VALUES (?, ?, ?, ?, ?, 'queued', ?)`);
    let added = 0;
    this.db.transaction(() => {
      for (const u of urls) added += insert.run(u.url, u.kind, u.source ?? null, u.discoveredFrom ?? null, now, now).changes;
    })();
    return added;
  }

  async requeue(urls: NewFrontierUrl[], at: string): Promise<void> {
    const upsert = this.db.prepare(`INSERT INTO crawl_urls (url, kind, source, discovered_from, discovered_at, state, next_fetch_at)
      VALUES (@url, @kind, @source, @from, @at, 'queued', @at)
      ON CONFLICT (url) DO UPDATE SET state = 'queued', next_fetch_at = @at, attempts = 0,
        kind = CASE WHEN excluded.kind = 'seed' THEN kind ELSE excluded.kind END, source = coalesce(excluded.source, source)`);
    this.db.transaction(() => {
      for (const u of urls) upsert.run({ url: u.url, kind: u.kind, source: u.source ?? null, from: u.discoveredFrom ?? null, at });
    })();
  }

  async due(now: string, limit: number): Promise<FrontierEntry[]> {
    const rows = this.db.prepare(`SELECT * FROM crawl_urls WHERE state = 'queued' AND next_fetch_at <= ?
      ORDER BY ${KIND_ORDER_SQL}, next_fetch_at, url LIMIT ?`).all(now, limit) as FrontierRow[];
    return rows.map(entryFromRow);
  }

  async stored(urls: string[]): Promise<Set<string>> {
    const fromRaw = this.db.prepare('SELECT 1 FROM raw_documents WHERE origin = ? LIMIT 1').pluck();
    const asArticle = this.db.prepare('SELECT 1 FROM articles WHERE url = ? LIMIT 1').pluck();
    return new Set(urls.filter((url) => fromRaw.get(url) || asArticle.get(url)));
  }

  async record(url: string, outcome: FetchRecord): Promise<void> {
    this.db.prepare(`UPDATE crawl_urls SET state = @state, kind = coalesce(@kind, kind),
        fetched_at = coalesce(@fetchedAt, fetched_at), status = coalesce(@status, status),
        etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
        article_id = coalesce(@articleId, article_id), error = @error,
        attempts = CASE WHEN @failed THEN attempts + 1 ELSE 0 END,
        next_fetch_at = coalesce(@nextFetchAt, next_fetch_at)
      WHERE url = @url`).run({
      url, state: outcome.state, kind: outcome.kind ?? null, fetchedAt: outcome.fetchedAt ?? null, status: outcome.status ?? null,
      etag: outcome.etag ?? null, lastModified: outcome.lastModified ?? null, articleId: outcome.articleId ?? null,
      error: outcome.error ?? null, failed: outcome.failedAttempt ? 1 : 0, nextFetchAt: outcome.nextFetchAt ?? null,
    });
  }

  async get(url: string): Promise<FrontierEntry | undefined> {
    const row = this.db.prepare('SELECT * FROM crawl_urls WHERE url = ?').get(url) as FrontierRow | undefined;
    return row ? entryFromRow(row) : undefined;
  }

  async nextDue(): Promise<string | undefined> {
    const at = this.db.prepare("SELECT min(next_fetch_at) FROM crawl_urls WHERE state = 'queued'").pluck().get() as string | null;
    return at ?? undefined;
  }

  async counts(): Promise<Record<CrawlState, number>> {
    const counts = Object.fromEntries(CRAWL_STATES.map((s) => [s, 0])) as Record<CrawlState, number>;
    for (const row of this.db.prepare('SELECT state, count(*) AS n FROM crawl_urls GROUP BY state').all() as Array<{ state: CrawlState; n: number }>) {
      counts[row.state] = row.n;
    }
    return counts;
  }
}
