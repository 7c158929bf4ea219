// The crawl frontier on PostgreSQL (see ../frontier-port.ts); the same rows as SQLite's. Several
// watchers may share one database: `due` hands out URLs without locking, so two watchers could
// fetch the same URL once each — the article is still stored once (ids come from the URL).
import type pg from 'pg';
import {
  CRAWL_STATES, type CrawlFrontier, type CrawlState, type FetchRecord, type FrontierEntry, type NewFrontierUrl,
} from '../frontier-port.ts';
import { entryFromRow, KIND_ORDER_SQL, type FrontierRow } from '../sqlite/frontier.ts';
import { inTransaction, withRetry } from './connection.ts';

/** Rows written per statement. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export class PostgresFrontier implements CrawlFrontier {
  private readonly pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  private async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<T>> {
    return withRetry(() => this.pool.query<T>(sql, params));
  }

  async add(urls: NewFrontierUrl[], now: string): Promise<number> {
    if (urls.length === 0) return 0;
    return inTransaction(this.pool, async (client) => {
      let added = 0;
      for (const part of chunks(urls)) {
        const result = await client.query(`INSERT INTO crawl_urls (url, kind, source, discovered_from, discovered_at, state, next_fetch_at)
          SELECT u.url, u.kind, u.source, u.discovered_from, $5, 'queued', $5
          FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(url, kind, source, discovered_from)
          ON CONFLICT (url) DO NOTHING`,
        [part.map((u) => u.url), part.map((u) => u.kind), part.map((u) => u.source ?? null), part.map((u) => u.discoveredFrom ?? null), now]);
        added += result.rowCount ?? 0;
      }
      return added;
    });
  }

  async requeue(urls: NewFrontierUrl[], at: string): Promise<void> {
    if (urls.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const part of chunks(urls)) {
        await client.query(`INSERT INTO crawl_urls (url, kind, source, discovered_from, discovered_at, state, next_fetch_at)
          SELECT u.url, u.kind, u.source, u.discovered_from, $5, 'queued', $5
          FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(url, kind, source, discovered_from)
          ON CONFLICT (url) DO UPDATE SET state = 'queued', next_fetch_at = $5, attempts = 0,
            kind = CASE WHEN excluded.kind = 'seed' THEN crawl_urls.kind ELSE excluded.kind END,
            source = coalesce(excluded.source, crawl_urls.source)`,
        [part.map((u) => u.url), part.map((u) => u.kind), part.map((u) => u.source ?? null), part.map((u) => u.discoveredFrom ?? null), at]);
      }
    });
  }

  async due(now: string, limit: number): Promise<FrontierEntry[]> {
    const { rows } = await this.query<FrontierRow>(`SELECT * FROM crawl_urls WHERE state = 'queued' AND next_fetch_at <= $1
      ORDER BY ${KIND_ORDER_SQL}, next_fetch_at, url LIMIT $2`, [now, limit]);
    return rows.map(entryFromRow);
  }

  async stored(urls: string[]): Promise<Set<string>> {
    if (urls.length === 0) return new Set();
    const { rows } = await this.query<{ url: string }>(`SELECT u.url FROM unnest($1::text[]) AS u(url)
      WHERE EXISTS (SELECT 1 FROM raw_documents r WHERE r.origin = u.url) OR EXISTS (SELECT 1 FROM articles a WHERE a.url = u.url)`, [urls]);
    return new Set(rows.map((r) => r.url));
  }

  async record(url: string, outcome: FetchRecord): Promise<void> {
    await this.query(`UPDATE crawl_urls SET state = $2, kind = coalesce($3, kind),
        fetched_at = coalesce($4, fetched_at), status = coalesce($5, status),
        etag = coalesce($6, etag), last_modified = coalesce($7, last_modified),
        article_id = coalesce($8, article_id), error = $9,
        attempts = CASE WHEN $10 THEN attempts + 1 ELSE 0 END,
        next_fetch_at = coalesce($11, next_fetch_at)
      WHERE url = $1`, [
      url, outcome.state, outcome.kind ?? null, outcome.fetchedAt ?? null, outcome.status ?? null, outcome.etag ?? null,
      outcome.lastModified ?? null, outcome.articleId ?? null, outcome.error ?? null, outcome.failedAttempt === true,
      outcome.nextFetchAt ?? null,
    ]);
  }

  async get(url: string): Promise<FrontierEntry | undefined> {
    const { rows: [row] } = await this.query<FrontierRow>('SELECT * FROM crawl_urls WHERE url = $1', [url]);
    return row ? entryFromRow(row) : undefined;
  }

  async nextDue(): Promise<string | undefined> {
    const { rows: [row] } = await this.query<{ at: string | null }>("SELECT min(next_fetch_at) AS at FROM crawl_urls WHERE state = 'queued'");
    return row?.at ?? undefined;
  }

  async counts(): Promise<Record<CrawlState, number>> {
    const counts = Object.fromEntries(CRAWL_STATES.map((s) => [s, 0])) as Record<CrawlState, number>;
    const { rows } = await this.query<{ state: CrawlState; n: number }>('SELECT state, count(*)::int AS n FROM crawl_urls GROUP BY state');
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }
}
