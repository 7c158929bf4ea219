// One batch of articles into PostgreSQL, inside the caller's transaction. Every statement is
// idempotent (ON CONFLICT DO NOTHING on the article id and the raw document's hash), so a batch
// run again after a dropped connection, or by a second worker that took the same job, stores
// each article once; only the rows this run inserted get index entries and annotations.
import type pg from 'pg';
import { deflateSync } from 'node:zlib';
import { toSortDate } from '../dates.ts';
import type { ArticleToStore, BatchExtras, PutResult } from '../port.ts';
import { articleToRow } from '../rows.ts';
import { writeAnnotations, type StoredArticle } from './annotations.ts';
import { writeExtras, writeFingerprints } from './clustering.ts';
import { indexedTerms } from './search-index.ts';
import { resolveSurnames } from './surnames.ts';

/** Slots of search_totals: concurrent writers usually update different rows. */
const TOTAL_SLOTS = 8;

const ARTICLE_COLUMNS = ['id', 'url', 'source', 'title', 'standfirst', 'dateline', 'published_at', 'first_seen_at',
  'sort_date', 'text', 'data', 'raw_id', 'story_id', 'duplicate_of'] as const;
const ARTICLE_CASTS = [...ARTICLE_COLUMNS.map(() => 'text'), 'real'];

async function insertRaw(client: pg.PoolClient, items: ArticleToStore[]): Promise<void> {
  const raws = items.map((i) => i.raw).filter((r) => r !== undefined);
  if (raws.length === 0) return;
  await client.query(`INSERT INTO raw_documents (id, origin, format, url, content_type, charset, fetched_at, size, deflated)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bytea[])
    ON CONFLICT (id) DO NOTHING`, [
    raws.map((r) => r.id), raws.map((r) => r.origin), raws.map((r) => r.format), raws.map((r) => r.url ?? null),
    raws.map((r) => r.contentType ?? null), raws.map((r) => r.charset ?? null), raws.map((r) => r.fetchedAt ?? null),
    raws.map((r) => r.bytes.byteLength),
    // Level 1, as in the SQLite store: kept for re-extraction, rarely read; speed matters more than the last 10%.
    raws.map((r) => deflateSync(r.bytes, { level: 1 })),
  ]);
}

/** Inserts the articles in batch order (so rids follow it, as SQLite rowids do); returns those that were new. */
async function insertArticles(client: pg.PoolClient, items: ArticleToStore[]): Promise<Map<string, StoredArticle>> {
  const rows = items.map((item) => articleToRow(item.article, toSortDate(item.article)));
  const columns = [...ARTICLE_COLUMNS.map((column) => rows.map((row) => row[column])), items.map((i) => i.duplicateSimilarity ?? null)];
  const names = [...ARTICLE_COLUMNS, 'duplicate_similarity'].join(', ');
  const casts = ARTICLE_CASTS.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  const { rows: inserted } = await client.query<{ rid: string; id: string }>(`INSERT INTO articles (${names})
    SELECT ${names} FROM unnest(${casts}) WITH ORDINALITY AS a(${names}, ord)
    ORDER BY ord
    ON CONFLICT (id) DO NOTHING
    RETURNING rid, id`, columns);
  const byId = new Map(items.map((item, i) => [item.article.id, { item, day: rows[i].sort_date.slice(0, 10) }]));
  const stored = new Map<string, StoredArticle>();
  for (const { rid, id } of inserted) {
    const { item, day } = byId.get(id)!;
    stored.set(id, { rid, article: item.article, day });
  }
  return stored;
}

async function insertTerms(client: pg.PoolClient, items: ArticleToStore[], stored: Map<string, StoredArticle>): Promise<void> {
  const rids: string[] = [];
  const lengths: number[] = [];
  const vectors: string[] = [];
  const frequencies: string[] = [];
  for (const item of items) {
    const row = stored.get(item.article.id);
    if (!row) continue;
    const terms = indexedTerms(item.titleTerms, item.bodyTerms);
    rids.push(row.rid);
    lengths.push(terms.length);
    vectors.push(terms.vector);
    frequencies.push(terms.frequencies);
  }
  if (rids.length === 0) return;
  await client.query(`INSERT INTO article_terms (rid, doc_len, terms, tf)
    SELECT * FROM unnest($1::bigint[], $2::int[], $3::tsvector[], $4::jsonb[])`, [rids, lengths, vectors, frequencies]);
  const tokens = lengths.reduce((sum, n) => sum + n, 0);
  await client.query(`INSERT INTO search_totals (slot, docs, tokens) VALUES (pg_backend_pid() % ${TOTAL_SLOTS}, $1, $2)
    ON CONFLICT (slot) DO UPDATE SET docs = search_totals.docs + EXCLUDED.docs, tokens = search_totals.tokens + EXCLUDED.tokens`,
  [rids.length, tokens]);
}

export async function writeArticles(client: pg.PoolClient, batch: ArticleToStore[], extras: BatchExtras = {}): Promise<PutResult> {
  // The first copy of an id in the batch is the one stored; later copies are duplicates.
  const firsts: ArticleToStore[] = [];
  const seen = new Set<string>();
  for (const item of batch) {
    if (!seen.has(item.article.id)) firsts.push(item);
    seen.add(item.article.id);
  }
  await insertRaw(client, firsts);
  // Before the articles are serialised, so their JSON holds the resolved entity ids.
  const { rows: existing } = await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY ($1::text[])',
    [firsts.map((item) => item.article.id)]);
  const already = new Set(existing.map((r) => r.id));
  await resolveSurnames(client, firsts.filter((item) => !already.has(item.article.id)).map((item) => item.article));
  const stored = await insertArticles(client, firsts);
  await insertTerms(client, firsts, stored);
  await writeAnnotations(client, firsts.flatMap((item) => stored.get(item.article.id) ?? []));
  await writeFingerprints(client, firsts.flatMap((item) => {
    const row = stored.get(item.article.id);
    return row && item.fingerprint ? [{ rid: row.rid, fingerprint: item.fingerprint }] : [];
  }));
  await writeExtras(client, extras);

  const result: PutResult = { ingested: [], duplicates: [] };
  const reported = new Set<string>();
  for (const { article: { id } } of batch) {
    if (stored.has(id) && !reported.has(id)) result.ingested.push(id);
    else result.duplicates.push(id);
    reported.add(id);
  }
  return result;
}
