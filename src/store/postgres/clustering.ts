// Persistence of the near-duplicate and story engine (src/dedup) on PostgreSQL, as the SQLite
// store keeps it (src/store/sqlite/clustering.ts): fingerprints beside articles, story rows with
// the clusterer's state, its vocabulary. Stories and reassignments are written in the batch's
// transaction, so a batch's articles and the clustering decisions about them land together.
import type pg from 'pg';
import { decodeFingerprint, type Fingerprint, type StoryState, type VocabularyState } from '../../dedup/index.ts';
import type { ArticleToStore, BatchExtras, ClusteringState } from '../port.ts';
import { MEMORY_HORIZON_DAYS } from '../../dedup/config.ts';
import { articleFromRow, storedFingerprint, type ArticleRow } from '../rows.ts';

const VOCABULARY_KEY = 'vocabulary';

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** `data` is each fingerprint's storage form (rows.ts storedFingerprint). */
export async function writeFingerprints(client: pg.PoolClient, rows: Array<{ rid: string; data: string }>): Promise<void> {
  if (rows.length === 0) return;
  await client.query(`INSERT INTO fingerprints (article_rid, data) SELECT * FROM unnest($1::bigint[], $2::text[])
    ON CONFLICT (article_rid) DO UPDATE SET data = EXCLUDED.data`,
  [rows.map((r) => r.rid), rows.map((r) => r.data)]);
}

export async function writeExtras(client: pg.PoolClient, extras: BatchExtras): Promise<void> {
  // In id order, so two writers touching the same stories lock them in the same order.
  const stories = [...(extras.stories ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (stories.length > 0) {
    await client.query(`INSERT INTO stories (id, title, first_seen, last_seen, size, sources, state)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::jsonb[], $7::text[])
      ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
        size = EXCLUDED.size, sources = EXCLUDED.sources, state = EXCLUDED.state`, [
      stories.map((s) => s.id), stories.map((s) => s.title), stories.map((s) => s.firstSeen), stories.map((s) => s.lastSeen),
      stories.map((s) => s.articleIds.length), stories.map((s) => JSON.stringify(s.sources)), stories.map((s) => JSON.stringify(s)),
    ]);
  }
  const reassigned = extras.reassigned ?? [];
  if (reassigned.length > 0) {
    await client.query(`UPDATE articles a SET duplicate_of = r.duplicate_of
      FROM unnest($1::text[], $2::text[]) AS r(id, duplicate_of) WHERE a.id = r.id AND a.id != r.duplicate_of`,
    [reassigned.map((r) => r.id), reassigned.map((r) => r.duplicateOf)]);
  }
}

/** Days of the archive restored for clustering: the days the engine keeps in memory while it runs
 *  (MEMORY_HORIZON_DAYS), as the SQLite store does (src/store/sqlite/clustering.ts). */
export const RESTORE_DAYS = MEMORY_HORIZON_DAYS;

/**
 * The clustering engine's state: the fingerprints of the archive's most recent days and the
 * stories still running then, as the SQLite store restores it. Only placed articles count: workers
 * store articles first and place them later (src/queue/story-placement.ts), and an article not
 * placed yet is placed by whoever resumes, in its turn.
 */
export async function loadClusteringState(db: Queryable): Promise<ClusteringState> {
  const { rows: [newest] } = await db.query<{ newest: string | null }>(
    'SELECT max(sort_date) AS newest FROM articles WHERE story_id IS NOT NULL');
  const since = newest.newest ? new Date(Date.parse(newest.newest) - RESTORE_DAYS * 86_400_000).toISOString() : '';
  const { rows } = await db.query<{ id: string; published_at: string | null; first_seen_at: string; duplicate_of: string | null; data: string }>(
    `SELECT a.id, a.published_at, a.first_seen_at, a.duplicate_of, f.data
     FROM articles a JOIN fingerprints f ON f.article_rid = a.rid
     WHERE a.story_id IS NOT NULL AND a.sort_date >= $1 ORDER BY a.sort_date, a.rid`, [since]);
  const articles = rows.map((row) => ({
    id: row.id, fp: decodeFingerprint(row.data), publishedAt: row.published_at ?? undefined,
    firstSeenAt: row.first_seen_at, duplicateOf: row.duplicate_of,
  }));
  const { rows: stories } = await db.query<{ state: string }>(
    'SELECT state FROM stories WHERE state IS NOT NULL AND last_seen >= $1 ORDER BY id', [since]);
  return { articles, stories: stories.map((s) => JSON.parse(s.state) as StoryState), vocabulary: await loadVocabulary(db) };
}

export async function saveVocabulary(db: Queryable, vocabulary: VocabularyState): Promise<void> {
  await writeState(db, VOCABULARY_KEY, JSON.stringify(vocabulary));
}

export async function loadVocabulary(db: Queryable): Promise<VocabularyState | undefined> {
  const { rows: [row] } = await db.query<{ value: string }>('SELECT value FROM dedup_state WHERE key = $1', [VOCABULARY_KEY]);
  return row ? (JSON.parse(row.value) as VocabularyState) : undefined;
}

export async function getFingerprints(db: Queryable, ids: string[]): Promise<Map<string, Fingerprint>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; data: string }>(
    'SELECT a.id, f.data FROM fingerprints f JOIN articles a ON a.rid = f.article_rid WHERE a.id = ANY ($1::text[])', [ids]);
  const data = new Map(rows.map((r) => [r.id, r.data]));
  const found = new Map<string, Fingerprint>();
  for (const id of ids) {
    const json = data.get(id);
    if (json !== undefined && !found.has(id)) found.set(id, decodeFingerprint(json));
  }
  return found;
}

// ── Placing articles that were stored without a story (written by workers) ──────────────────

/**
 * The given articles that are stored but not placed yet, in the given order, with their
 * fingerprints: what ArchiveClustering.place takes. Search terms are not needed to place, nor the
 * text of an article that has its fingerprint (the text is only read to compute one): it is left
 * out then, as the largest value the clustering writer would otherwise read back for every article.
 */
export async function unplacedArticles(db: Queryable, ids: string[]): Promise<ArticleToStore[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<ArticleRow & { fingerprint: string | null }>(`SELECT a.id, a.url, a.source, a.title, a.standfirst,
      a.dateline, a.published_at, a.first_seen_at, a.sort_date, CASE WHEN f.data IS NULL THEN a.text ELSE '' END AS text, a.data,
      a.raw_id, a.story_id, a.duplicate_of, f.data AS fingerprint
    FROM articles a LEFT JOIN fingerprints f ON f.article_rid = a.rid WHERE a.id = ANY ($1::text[]) AND a.story_id IS NULL`, [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: ArticleToStore[] = [];
  for (const id of new Set(ids)) {
    const row = byId.get(id);
    if (!row) continue;
    const item: ArticleToStore = { article: articleFromRow(row), titleTerms: '', bodyTerms: '' };
    if (row.fingerprint) item.fingerprint = decodeFingerprint(row.fingerprint);
    items.push(item);
  }
  return items;
}

/** Writes what placing decided: each article's story, duplicate and similarity, then the batch extras. */
export async function writePlacements(client: pg.PoolClient, items: ArticleToStore[], extras: BatchExtras): Promise<void> {
  if (items.length > 0) {
    await client.query(`UPDATE articles a SET story_id = p.story_id, duplicate_of = p.duplicate_of, duplicate_similarity = p.similarity
      FROM unnest($1::text[], $2::text[], $3::text[], $4::real[]) AS p(id, story_id, duplicate_of, similarity) WHERE a.id = p.id`, [
      items.map((i) => i.article.id), items.map((i) => i.article.storyId ?? null), items.map((i) => i.article.duplicateOf ?? null),
      items.map((i) => i.duplicateSimilarity ?? null),
    ]);
    // Articles stored without a fingerprint got one while being placed.
    const { rows } = await client.query<{ rid: string; id: string }>(`SELECT a.rid, a.id FROM articles a
      WHERE a.id = ANY ($1::text[]) AND NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.article_rid = a.rid)`,
    [items.map((i) => i.article.id)]);
    const byId = new Map(items.map((i) => [i.article.id, i]));
    await writeFingerprints(client, rows.flatMap((r) => {
      const item = byId.get(r.id);
      return item?.fingerprint ? [{ rid: r.rid, data: storedFingerprint(item, item.fingerprint) }] : [];
    }));
  }
  await writeExtras(client, extras);
}

export async function readState(db: Queryable, key: string): Promise<string | undefined> {
  const { rows: [row] } = await db.query<{ value: string }>('SELECT value FROM dedup_state WHERE key = $1', [key]);
  return row?.value;
}

export async function writeState(db: Queryable, key: string, value: string): Promise<void> {
  await db.query('INSERT INTO dedup_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
}
