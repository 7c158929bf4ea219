// The PostgreSQL adapter of the Store port (node-postgres): the system of record when one machine
// is not enough. Writes are one transaction per batch, retried whole when the connection drops
// (every statement is idempotent, see write-articles.ts); many processes may write at once.
// Search ranks with BM25 computed the way SQLite's FTS5 does, over the same tokens (search-index.ts).
import { resolvePartialNames } from '../partial-names.ts';
import { postgresPartialNameLookup } from './partial-name-lookup.ts';
import type pg from 'pg';
import type { Article } from '../../core/types.ts';
import type { ParsedQuery } from '../../search/query.ts';
import type { Fingerprint, VocabularyState } from '../../dedup/index.ts';
import type {
  ArticleSummary, ArticleToStore, BatchExtras, ClusteringState, CoMention, EntityListOptions, EntitySummary, ListOptions, Page, PutResult,
  QuoteListOptions, QuoteRecord, RankedHit, RawListOptions, RawRecord, WriterLease, SearchOptions, SourceCount, Stats, Store, StoryDetail,
  StoryListOptions, StorySummary, TimelinePoint,
} from '../port.ts';
import type { AlertStore } from '../alerts-port.ts';
import type { CrawlFrontier } from '../frontier-port.ts';
import { articleFromRow, rawFromRow, type ArticleRow, type RawRow } from '../rows.ts';
import { PostgresArchiveReader } from './archive-reader.ts';
import { PostgresAlerts } from './alerts.ts';
import { PostgresFrontier } from './frontier.ts';
import { acquireClusteringLock } from './locks.ts';
import { getFingerprints, loadClusteringState, loadVocabulary, saveVocabulary } from './clustering.ts';
import { connectionError, createPool, inTransaction, withClient, withRetry } from './connection.ts';
import { migrateSchema } from './migrate-schema.ts';
import { anyKeyPlan, searchPlan, type SearchPlan } from './search-index.ts';
import { bm25Expression, idf } from './search-rank.ts';
import { clampLimit, clampOffset, dropNulls, filterClauses, Params, SUMMARY_COLUMNS } from './sql.ts';
import { writeArticles } from './write-articles.ts';

export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/** Raw inputs read per query while iterating them all. */
const RAW_PAGE = 200;

export class PostgresStore implements Store {
  readonly url: string;
  /** The connection pool, shared with the job queue (src/queue) of the same database. */
  readonly pool: pg.Pool;
  readonly frontier: CrawlFrontier;
  readonly alerts: AlertStore;
  private readonly archive: PostgresArchiveReader;

  private constructor(url: string, pool: pg.Pool) {
    this.url = url;
    this.pool = pool;
    this.archive = new PostgresArchiveReader(pool);
    this.frontier = new PostgresFrontier(pool);
    this.alerts = new PostgresAlerts(pool);
  }

  /** Connects (a clear MarsadError when the server cannot be reached) and brings the schema up to date. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = createPool(url, options.poolSize ?? 4);
    try {
      await withClient(pool, (client) => client.query('SELECT 1'));
    } catch (error) {
      await pool.end().catch(() => {});
      throw connectionError(error, url);
    }
    try {
      await migrateSchema(pool, url);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PostgresStore(url, pool);
  }

  async putArticles(batch: ArticleToStore[], extras: BatchExtras = {}): Promise<PutResult> {
    if (batch.length === 0 && !extras.stories?.length && !extras.reassigned?.length) return { ingested: [], duplicates: [] };
    return inTransaction(this.pool, (client) => writeArticles(client, batch, extras));
  }

  async resolveEntities(articles: Article[]): Promise<void> {
    if (articles.length === 0) return;
    const client = await this.pool.connect();
    try {
      await resolvePartialNames(postgresPartialNameLookup(client), articles);
    } finally {
      client.release();
    }
  }

  acquireClusteringWriter(): Promise<WriterLease> {
    return acquireClusteringLock(this.pool, this.url);
  }

  loadClusteringState(): Promise<ClusteringState> {
    return withRetry(() => loadClusteringState(this.pool));
  }

  saveVocabulary(vocabulary: VocabularyState): Promise<void> {
    return withRetry(() => saveVocabulary(this.pool, vocabulary));
  }

  loadVocabulary(): Promise<VocabularyState | undefined> {
    return withRetry(() => loadVocabulary(this.pool));
  }

  getFingerprints(ids: string[]): Promise<Map<string, Fingerprint>> {
    return withRetry(() => getFingerprints(this.pool, ids));
  }

  async similarArticles(keys: string[], limit: number): Promise<Array<{ id: string; storyId?: string; duplicateOf?: string }>> {
    // As the SQLite store: distinct keys of two characters or more, at most 24 of them, any of them.
    const plan = anyKeyPlan([...new Set(keys.filter((k) => k.length > 1))].slice(0, 24));
    if (!plan) return [];
    const rows = await this.rankedPage<{ id: string; story_id: string | null; duplicate_of: string | null }>(plan, {},
      'a.id, a.story_id, a.duplicate_of', clampLimit(limit, 20), 0);
    return rows.map((r) => ({ id: r.id, storyId: r.story_id ?? undefined, duplicateOf: r.duplicate_of ?? undefined }));
  }

  /** Reads are retried too: a worker's lookups should survive a dropped connection like its writes. */
  private async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return withRetry(async () => (await this.pool.query<T>(sql, params)).rows);
  }

  async hasArticles(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY ($1::text[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const [row] = await this.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return row ? articleFromRow(row) : undefined;
  }

  async getRaw(id: string): Promise<RawRecord | undefined> {
    const [row] = await this.query<RawRow>('SELECT * FROM raw_documents WHERE id = $1', [id]);
    return row ? rawFromRow(row) : undefined;
  }

  async *rawDocuments(options: RawListOptions = {}): AsyncIterable<RawRecord> {
    const urlOnly = options.withUrlOnly ? 'AND url IS NOT NULL' : '';
    let after = '';
    for (;;) {
      const rows = await this.query<RawRow>(`SELECT * FROM raw_documents WHERE id > $1 ${urlOnly} ORDER BY id LIMIT ${RAW_PAGE}`, [after]);
      for (const row of rows) yield rawFromRow(row);
      if (rows.length < RAW_PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  async listArticles(options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    const { sql, params } = filterClauses(options, 1);
    const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
    const [{ n: total }] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a ${where}`, params);
    const page = params.length;
    const items = await this.query<ArticleSummary>(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
      ORDER BY a.sort_date DESC, a.rid DESC LIMIT $${page + 1} OFFSET $${page + 2}`,
    [...params, clampLimit(options.limit, 20), clampOffset(options.offset)]);
    return { total, items: items.map(dropNulls) };
  }

  async search(query: ParsedQuery, options: SearchOptions = {}): Promise<Page<RankedHit>> {
    const plan = searchPlan(query);
    if (!plan) return { total: 0, items: [] };
    const { sql, params } = filterClauses(options, 2);
    const join = sql.length > 0 ? 'JOIN articles a ON a.rid = t.rid' : '';
    const where = ['t.terms @@ $1::tsquery', ...sql].join(' AND ');
    const [{ n: total }] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM article_terms t ${join} WHERE ${where}`,
      [plan.match, ...params]);
    if (total === 0) return { total, items: [] };

    const items = await this.rankedPage<RankedHit>(plan, options, `${SUMMARY_COLUMNS}, a.text`,
      clampLimit(options.limit, 10), clampOffset(options.offset));
    return { total, items: items.map(dropNulls) };
  }

  async searchFacets(query: ParsedQuery, options: SearchOptions = {}): Promise<SourceCount[]> {
    const plan = searchPlan(query);
    if (!plan) return [];
    const { sql, params } = filterClauses({ from: options.from, to: options.to }, 2);
    const where = ['t.terms @@ $1::tsquery', ...sql].join(' AND ');
    return this.query<SourceCount>(`SELECT coalesce(a.source, '') AS source, count(*)::int AS articles
      FROM article_terms t JOIN articles a ON a.rid = t.rid WHERE ${where}
      GROUP BY a.source ORDER BY articles DESC, source`, [plan.match, ...params]);
  }

  /**
   * One page of the rows the plan matches, best BM25 first (ties: newest row first), with `columns`
   * of their articles and the score. N, the average length and the IDFs are the whole collection's.
   */
  private async rankedPage<T extends pg.QueryResultRow>(plan: SearchPlan, options: ListOptions, columns: string,
    limit: number, offset: number): Promise<T[]> {
    const [totals] = await this.query<{ docs: string; tokens: string }>(
      'SELECT coalesce(sum(docs), 0) AS docs, coalesce(sum(tokens), 0) AS tokens FROM search_totals');
    const docs = Number(totals.docs);
    const counts = await this.query<{ n: number }>(`SELECT (SELECT count(*)::int FROM article_terms WHERE terms @@ p) AS n
      FROM unnest($1::tsquery[]) WITH ORDINALITY AS q(p, ord) ORDER BY ord`, [plan.scored.map((p) => p.query)]);
    const params = new Params([plan.match]);
    const { sql, params: filters } = filterClauses(options, 2);
    params.values.push(...filters);
    const join = sql.length > 0 ? 'JOIN articles a ON a.rid = t.rid' : '';
    const where = ['t.terms @@ $1::tsquery', ...sql].join(' AND ');
    const score = bm25Expression(plan, counts.map(({ n }) => idf(docs, n)), Number(totals.tokens) / Math.max(1, docs), params);
    return this.query<T>(`WITH hits AS (
        SELECT t.rid, ${score} AS score FROM article_terms t ${join} WHERE ${where}
        ORDER BY score DESC, t.rid DESC LIMIT ${params.add(limit)} OFFSET ${params.add(offset)})
      SELECT ${columns}, hits.score FROM hits JOIN articles a ON a.rid = hits.rid
      ORDER BY hits.score DESC, hits.rid DESC`, params.values);
  }

  async sources(): Promise<SourceCount[]> {
    return this.query<SourceCount>(`SELECT coalesce(source, '') AS source, count(*)::int AS articles
      FROM articles GROUP BY source ORDER BY articles DESC, source`);
  }

  async stats(): Promise<Stats> {
    const [row] = await this.query<Stats>(`SELECT
      (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM entities) AS entities,
      (SELECT count(*)::int FROM stories) AS stories,
      (SELECT count(*)::int FROM quotes) AS quotes,
      (SELECT count(*)::int FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
      (SELECT count(DISTINCT source)::int FROM articles) AS sources,
      (SELECT count(*)::int FROM raw_documents) AS "rawDocuments"`);
    return { ...row };
  }

  listEntities(options?: EntityListOptions): Promise<Page<EntitySummary>> { return this.archive.listEntities(options); }
  getEntity(id: string): Promise<EntitySummary | undefined> { return this.archive.getEntity(id); }
  entityArticles(id: string, options?: ListOptions): Promise<Page<ArticleSummary>> { return this.archive.entityArticles(id, options); }
  entityTimeline(id: string): Promise<TimelinePoint[]> { return this.archive.entityTimeline(id); }
  coMentions(id: string, limit?: number): Promise<CoMention[]> { return this.archive.coMentions(id, limit); }
  listQuotes(options?: QuoteListOptions): Promise<Page<QuoteRecord>> { return this.archive.listQuotes(options); }
  listStories(options?: StoryListOptions): Promise<Page<StorySummary>> { return this.archive.listStories(options); }
  getStory(id: string): Promise<StoryDetail | undefined> { return this.archive.getStory(id); }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
