// One batch of articles into PostgreSQL, inside the caller's transaction. Every statement is
// idempotent (ON CONFLICT DO NOTHING on the article id and the raw document's hash), so a batch
// run again after a dropped connection, or by a second worker that took the same job, stores
// each article once; only the rows this run inserted get index entries and annotations.
import type pg from 'pg';
import { toSortDate } from '../dates.ts';
import type { ArticleToStore, BatchExtras, PutResult } from '../port.ts';
import { articleToRow, rawSizeOf, storedFingerprint, storedRawBytes } from '../rows.ts';
import { writeAnnotations, type StoredArticle } from './annotations.ts';
import { writeExtras, writeFingerprints } from './clustering.ts';
import { indexedTerms } from './search-index.ts';
import { resolvePartialNames } from '../partial-names.ts';
import { postgresPartialNameLookup } from './partial-name-lookup.ts';

/** Slots of search_totals: concurrent writers usually update different rows. */
const TOTAL_SLOTS = 8;

const ARTICLE_COLUMNS = ['id', 'url', 'source', 'title', 'standfirst', 'dateline', 'published_at', 'first_seen_at',
  'sort_date', 'text', 'data', 'raw_id', 'story_id', 'duplicate_of'] as const;
const RAW_COLUMNS = ['id', 'origin', 'format', 'url', 'content_type', 'charset', 'fetched_at', 'size', 'deflated'] as const;
/** Rows per INSERT … VALUES: PostgreSQL binds at most 65,535 parameters to a statement. */
const ROWS_PER_INSERT = 1000;

/**
 * `VALUES ($1, $2…), (…)` for rows of `width` values, each bound as a parameter of its own. The
 * large values (article text, its JSON, raw bytes) then travel as they are: as array elements they
 * would be escaped into an array literal here and parsed back character by character by the server.
 */
function valuesList(rows: number, width: number, casts: readonly string[] = []): string {
  const lists: string[] = [];
  for (let row = 0; row < rows; row++) {
    const values = Array.from({ length: width }, (_, column) => `$${row * width + column + 1}${casts[column] ?? ''}`);
    lists.push(`(${values.join(', ')})`);
  }
  return lists.join(', ');
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertRaw(client: pg.PoolClient, items: ArticleToStore[]): Promise<void> {
  const withRaw = items.filter((item) => item.raw !== undefined);
  for (const chunk of chunks(withRaw, ROWS_PER_INSERT)) {
    const values = chunk.flatMap((item) => {
      const r = item.raw!;
      return [r.id, r.origin, r.format, r.url ?? null, r.contentType ?? null, r.charset ?? null,
        r.fetchedAt ?? null, rawSizeOf(item, r), storedRawBytes(item, r)];
    });
    await client.query(`INSERT INTO raw_documents (${RAW_COLUMNS.join(', ')})
      VALUES ${valuesList(chunk.length, RAW_COLUMNS.length, ['', '', '', '', '', '', '', '::int'])}
      ON CONFLICT (id) DO NOTHING`, values);
  }
}

/** Inserts the articles in batch order (so rids follow it, as SQLite rowids do); returns those that were new. */
async function insertArticles(client: pg.PoolClient, items: ArticleToStore[]): Promise<Map<string, StoredArticle>> {
  const names = [...ARTICLE_COLUMNS, 'duplicate_similarity'];
  const similarityCast = [...ARTICLE_COLUMNS.map(() => ''), '::real'];
  const stored = new Map<string, StoredArticle>();
  for (const chunk of chunks(items, ROWS_PER_INSERT)) {
    const rows = chunk.map((item) => articleToRow(item.article, toSortDate(item.article)));
    const values = rows.flatMap((row, i) => [...ARTICLE_COLUMNS.map((column) => row[column]), chunk[i].duplicateSimilarity ?? null]);
    // A VALUES list is inserted in its order, so rids follow the batch.
    const { rows: inserted } = await client.query<{ rid: string; id: string }>(`INSERT INTO articles (${names.join(', ')})
      VALUES ${valuesList(chunk.length, names.length, similarityCast)}
      ON CONFLICT (id) DO NOTHING
      RETURNING rid, id`, values);
    const byId = new Map(chunk.map((item, i) => [item.article.id, { item, day: rows[i].sort_date.slice(0, 10) }]));
    for (const { rid, id } of inserted) {
      const { item, day } = byId.get(id)!;
      stored.set(id, { rid, article: item.article, day });
    }
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
  // Each vector is a parameter of its own (see valuesList): no array literal around the largest value of the batch.
  for (let start = 0; start < rids.length; start += ROWS_PER_INSERT) {
    const end = Math.min(rids.length, start + ROWS_PER_INSERT);
    const values: unknown[] = [];
    for (let i = start; i < end; i++) values.push(rids[i], lengths[i], vectors[i], frequencies[i]);
    await client.query(`INSERT INTO article_terms (rid, doc_len, terms, tf)
      VALUES ${valuesList(end - start, 4, ['::bigint', '::int', '::tsvector', '::jsonb'])}`, values);
  }
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
  await resolvePartialNames(postgresPartialNameLookup(client), firsts.filter((item) => !already.has(item.article.id)).map((item) => item.article));
  const stored = await insertArticles(client, firsts);
  await insertTerms(client, firsts, stored);
  await writeAnnotations(client, firsts.flatMap((item) => stored.get(item.article.id) ?? []));
  await writeFingerprints(client, firsts.flatMap((item) => {
    const row = stored.get(item.article.id);
    return row && item.fingerprint ? [{ rid: row.rid, data: storedFingerprint(item, item.fingerprint) }] : [];
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
