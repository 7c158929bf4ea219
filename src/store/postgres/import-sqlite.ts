// `marsad migrate --from marsad.db --to postgres://…`: moves a SQLite archive into an empty
// PostgreSQL database, table by table, in ONE transaction (all of it or none of it). Rows keep their
// ids (SQLite rowids become rids), so mentions, quotes and fingerprints point at the same articles;
// the clustering state (stories, fingerprints, vocabulary) comes along, so ingest resumes on it. The search
// index is rebuilt from the articles: SQLite's FTS5 index is contentless and cannot be read back.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type pg from 'pg';
import { MarsadError } from '../../core/errors.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { SQLITE_SCHEMA_VERSION } from '../sqlite/migrations.ts';
import { articleFromRow, type ArticleRow } from '../rows.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { inTransaction } from './connection.ts';
import type { PostgresStore } from './postgres-store.ts';
import { indexedTerms } from './search-index.ts';

export interface ImportSummary {
  articles: number;
  rawDocuments: number;
  entities: number;
  mentions: number;
  quotes: number;
  stories: number;
  /** URLs of the crawl frontier. */
  crawlUrls: number;
  alerts: number;
}

const BATCH = 500;

type Row = Record<string, unknown>;

/** Rows of a SQLite query in batches, so a big archive never sits in memory whole. */
function* batches(db: Database.Database, sql: string): Generator<Row[]> {
  let batch: Row[] = [];
  for (const row of db.prepare(sql).iterate() as Iterable<Row>) {
    batch.push(row);
    if (batch.length >= BATCH) { yield batch; batch = []; }
  }
  if (batch.length > 0) yield batch;
}

const column = (rows: Row[], name: string) => rows.map((r) => r[name] ?? null);

/** The SQLite file brought to this Marsad's schema (older archives are migrated in place first), opened read-only. */
function openSource(path: string): Database.Database {
  if (!existsSync(path)) throw new MarsadError('not_found', 'no such SQLite archive', path);
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (version !== SQLITE_SCHEMA_VERSION) {
    // SqliteStore migrates an older archive in place, and refuses a newer one with a clear message.
    void new SqliteStore(path).close();
  }
  return new Database(path, { readonly: true, fileMustExist: true });
}

async function copyRawDocuments(client: pg.PoolClient, db: Database.Database): Promise<number> {
  let count = 0;
  for (const rows of batches(db, 'SELECT * FROM raw_documents ORDER BY id')) {
    await client.query(`INSERT INTO raw_documents (id, origin, format, url, content_type, charset, fetched_at, size, deflated)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bytea[])`,
    ['id', 'origin', 'format', 'url', 'content_type', 'charset', 'fetched_at', 'size', 'deflated'].map((c) => column(rows, c)));
    count += rows.length;
  }
  return count;
}

async function copyArticles(client: pg.PoolClient, db: Database.Database): Promise<number> {
  const columns = ['rowid', 'id', 'url', 'source', 'title', 'standfirst', 'dateline', 'published_at', 'first_seen_at', 'sort_date',
    'text', 'data', 'raw_id', 'story_id', 'duplicate_of', 'duplicate_similarity'];
  const types = ['bigint', ...columns.slice(1, -1).map(() => 'text'), 'real'];
  let count = 0;
  let tokens = 0;
  for (const rows of batches(db, `SELECT ${columns.join(', ')} FROM articles ORDER BY rowid`)) {
    await client.query(`INSERT INTO articles (rid, ${columns.slice(1).join(', ')})
      SELECT * FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})`,
    columns.map((c) => column(rows, c)));
    // The same terms the pipeline gives a new article (prepareForStore in src/pipeline/process.ts).
    const terms = rows.map((row) => {
      const article = articleFromRow(row as unknown as ArticleRow);
      return indexedTerms(indexTerms(article.title), indexTerms([article.standfirst ?? '', article.text].join('\n\n')));
    });
    await client.query(`INSERT INTO article_terms (rid, doc_len, terms, tf)
      SELECT * FROM unnest($1::bigint[], $2::int[], $3::tsvector[], $4::jsonb[])`,
    [column(rows, 'rowid'), terms.map((t) => t.length), terms.map((t) => t.vector), terms.map((t) => t.frequencies)]);
    tokens += terms.reduce((sum, t) => sum + t.length, 0);
    count += rows.length;
  }
  await client.query(`INSERT INTO search_totals (slot, docs, tokens) VALUES (0, $1, $2)
    ON CONFLICT (slot) DO UPDATE SET docs = search_totals.docs + EXCLUDED.docs, tokens = search_totals.tokens + EXCLUDED.tokens`,
  [count, tokens]);
  await client.query("SELECT setval('articles_rid_seq', greatest((SELECT max(rid) FROM articles), 1))");
  return count;
}

async function copyAnnotations(client: pg.PoolClient, db: Database.Database): Promise<Omit<ImportSummary, 'articles' | 'rawDocuments' | 'crawlUrls' | 'alerts'>> {
  const summary = { entities: 0, mentions: 0, quotes: 0, stories: 0 };
  const entityColumns = ['id', 'type', 'canonical', 'name_key', 'variants', 'roles', 'mentions', 'articles', 'first_seen', 'last_seen',
    'last_word'];
  for (const rows of batches(db, 'SELECT * FROM entities ORDER BY id')) {
    await client.query(`INSERT INTO entities (${entityColumns.join(', ')})
      SELECT i, t, c, k, v::jsonb, r, m, a, f, l, w FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[],
        $7::int[], $8::int[], $9::text[], $10::text[], $11::text[]) AS e(i, t, c, k, v, r, m, a, f, l, w)`,
    entityColumns.map((c) => column(rows, c)));
    summary.entities += rows.length;
  }
  for (const rows of batches(db, 'SELECT * FROM mentions')) {
    await client.query('INSERT INTO mentions (article_rid, entity_id, count, day) SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[])',
      ['article_rowid', 'entity_id', 'count', 'day'].map((c) => column(rows, c)));
    summary.mentions += rows.length;
  }
  for (const rows of batches(db, 'SELECT * FROM quotes ORDER BY rowid')) {
    await client.query(`INSERT INTO quotes (rid, article_rid, start, "end", text, direct, cue, speaker_text, speaker_entity_id,
        speaker_canonical, speaker_role, speaker_key, about)
      SELECT r, ar, s, e, t, d = 1, c, st, se, sc, sr, sk, CASE WHEN ab = '' THEN '{}'::text[] ELSE string_to_array(ab, ' ') END
      FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[],
        $11::text[], $12::text[], $13::text[]) AS q(r, ar, s, e, t, d, c, st, se, sc, sr, sk, ab)`,
    ['rowid', 'article_rowid', 'start', 'end', 'text', 'direct', 'cue', 'speaker_text', 'speaker_entity_id', 'speaker_canonical',
      'speaker_role', 'speaker_key', 'about'].map((c) => column(rows, c)));
    summary.quotes += rows.length;
  }
  await client.query("SELECT setval('quotes_rid_seq', greatest((SELECT max(rid) FROM quotes), 1))");
  for (const rows of batches(db, 'SELECT * FROM fingerprints ORDER BY article_rowid')) {
    await client.query('INSERT INTO fingerprints (article_rid, data) SELECT * FROM unnest($1::bigint[], $2::text[])',
      [column(rows, 'article_rowid'), column(rows, 'data')]);
  }
  for (const rows of batches(db, 'SELECT * FROM dedup_state ORDER BY key')) {
    await client.query('INSERT INTO dedup_state (key, value) SELECT * FROM unnest($1::text[], $2::text[])',
      [column(rows, 'key'), column(rows, 'value')]);
  }
  for (const rows of batches(db, 'SELECT * FROM stories ORDER BY id')) {
    await client.query(`INSERT INTO stories (id, title, first_seen, last_seen, size, sources, state)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::jsonb[], $7::text[])`,
    ['id', 'title', 'first_seen', 'last_seen', 'size', 'sources', 'state'].map((c) => column(rows, c)));
    summary.stories += rows.length;
  }
  return summary;
}

/** Copies the rows of a table whose columns are the same on both sides, `types` giving each PostgreSQL type. */
async function copyTable(client: pg.PoolClient, db: Database.Database, table: string, columns: Record<string, string>,
  order: string, target: string = table, rename: Record<string, string> = {}): Promise<number> {
  const names = Object.keys(columns);
  let count = 0;
  for (const rows of batches(db, `SELECT ${names.join(', ')} FROM ${table} ORDER BY ${order}`)) {
    await client.query(`INSERT INTO ${target} (${names.map((n) => rename[n] ?? n).join(', ')})
      SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(', ')})`,
    names.map((n) => column(rows, n)));
    count += rows.length;
  }
  return count;
}

/** The crawl frontier, and the alerts with their matches, inbox and webhook outbox. */
async function copyCrawlAndAlerts(client: pg.PoolClient, db: Database.Database): Promise<{ crawlUrls: number; alerts: number }> {
  const text = 'text';
  const crawlUrls = await copyTable(client, db, 'crawl_urls', {
    url: text, kind: text, source: text, discovered_from: text, discovered_at: text, state: text, attempts: 'int', next_fetch_at: text,
    fetched_at: text, status: 'int', etag: text, last_modified: text, article_id: text, error: text,
  }, 'url');
  // Alerts go in after the articles, so the inbox trigger does not fire for the articles moved.
  const alerts = await copyTable(client, db, 'alerts',
    { name: text, query: text, entity_id: text, webhook: text, created_at: text, after_rowid: 'bigint' }, 'name', 'alerts',
    { after_rowid: 'after_rid' });
  await copyTable(client, db, 'alert_inbox', { article_rowid: 'bigint' }, 'article_rowid', 'alert_inbox', { article_rowid: 'rid' });
  await copyTable(client, db, 'alert_matches', { alert: text, article_id: text, matched_at: text }, 'alert, article_id');
  await copyTable(client, db, 'alert_deliveries', {
    alert: text, article_id: text, state: text, attempts: 'int', next_attempt_at: text, last_error: text, sent_at: text,
  }, 'alert, article_id');
  return { crawlUrls, alerts };
}

export async function importSqlite(path: string, target: PostgresStore): Promise<ImportSummary> {
  const existing = (await target.stats()).articles;
  if (existing > 0) {
    throw new MarsadError('usage', `the target already holds ${existing} articles; migrate into an empty database`);
  }
  const db = openSource(path);
  try {
    return await inTransaction(target.pool, async (client) => {
      const rawDocuments = await copyRawDocuments(client, db);
      const articles = await copyArticles(client, db);
      const annotations = await copyAnnotations(client, db);
      return { articles, rawDocuments, ...annotations, ...await copyCrawlAndAlerts(client, db) };
    });
  } finally {
    db.close();
  }
}
