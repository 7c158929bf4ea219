// Persistence of the near-duplicate and story engine (src/dedup): fingerprints beside articles,
// story rows with the clusterer's state, and its vocabulary. Written in the batch's transaction,
// so a batch's articles and the clustering decisions about them land together or not at all.
import type Database from 'better-sqlite3';
import { decodeFingerprint, type Fingerprint, type StoryState, type VocabularyState } from '../../dedup/index.ts';
import type { BatchExtras, ClusteringState } from '../port.ts';
import { MEMORY_HORIZON_DAYS } from '../../dedup/config.ts';

const VOCABULARY_KEY = 'vocabulary';

export class ClusteringWriter {
  private readonly insertFingerprint;
  private readonly upsertStory;
  private readonly reassign;

  constructor(db: Database.Database) {
    this.insertFingerprint = db.prepare('INSERT OR REPLACE INTO fingerprints (article_rowid, data) VALUES (?, ?)');
    this.upsertStory = db.prepare(`INSERT INTO stories (id, title, first_seen, last_seen, size, sources, state)
      VALUES (@id, @title, @firstSeen, @lastSeen, @size, @sources, @state)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
        last_seen = excluded.last_seen, size = excluded.size, sources = excluded.sources, state = excluded.state`);
    this.reassign = db.prepare('UPDATE articles SET duplicate_of = ? WHERE id = ? AND id != ?');
  }

  /** `encoded` is the fingerprint's storage form (rows.ts storedFingerprint). */
  fingerprint(articleRowid: number | bigint, encoded: string): void {
    this.insertFingerprint.run(articleRowid, encoded);
  }

  extras(extras: BatchExtras): void {
    for (const story of extras.stories ?? []) {
      this.upsertStory.run({
        id: story.id, title: story.title, firstSeen: story.firstSeen, lastSeen: story.lastSeen,
        size: story.articleIds.length, sources: JSON.stringify(story.sources), state: JSON.stringify(story),
      });
    }
    for (const { id, duplicateOf } of extras.reassigned ?? []) this.reassign.run(duplicateOf, id, duplicateOf);
  }
}

/**
 * Only the archive's most recent days are restored: wire copies and running stories live within
 * days of each other, and restoring a whole archive would cost time and memory on every ingest.
 * These are the days the engine keeps in memory while it runs (MEMORY_HORIZON_DAYS), so a
 * restarted ingest sees what a continuing one would. An article backfilled from long before the
 * archive's newest days is deduplicated against the rest of its own run within that horizon,
 * not against what was stored before it.
 */
export const RESTORE_DAYS = MEMORY_HORIZON_DAYS;

export function loadClusteringState(db: Database.Database): ClusteringState {
  const newest = db.prepare('SELECT max(sort_date) FROM articles').pluck().get() as string | null;
  const since = newest ? new Date(Date.parse(newest) - RESTORE_DAYS * 86_400_000).toISOString() : '';
  const articles = (db.prepare(`SELECT a.id, a.published_at, a.first_seen_at, a.duplicate_of, f.data
      FROM articles a JOIN fingerprints f ON f.article_rowid = a.rowid WHERE a.sort_date >= ? ORDER BY a.sort_date`).all(since) as Array<{
      id: string; published_at: string | null; first_seen_at: string; duplicate_of: string | null; data: string }>)
    .map((row) => ({
      id: row.id, fp: decodeFingerprint(row.data), publishedAt: row.published_at ?? undefined,
      firstSeenAt: row.first_seen_at, duplicateOf: row.duplicate_of,
    }));
  const stories = (db.prepare('SELECT state FROM stories WHERE state IS NOT NULL AND last_seen >= ?').pluck().all(since) as string[])
    .map((json) => JSON.parse(json) as StoryState);
  return { articles, stories, vocabulary: loadVocabulary(db) };
}

export function saveVocabulary(db: Database.Database, vocabulary: VocabularyState): void {
  db.prepare('INSERT OR REPLACE INTO dedup_state (key, value) VALUES (?, ?)').run(VOCABULARY_KEY, JSON.stringify(vocabulary));
}

export function loadVocabulary(db: Database.Database): VocabularyState | undefined {
  const json = db.prepare('SELECT value FROM dedup_state WHERE key = ?').pluck().get(VOCABULARY_KEY) as string | undefined;
  return json ? (JSON.parse(json) as VocabularyState) : undefined;
}

export function getFingerprints(db: Database.Database, ids: string[]): Map<string, Fingerprint> {
  const stmt = db.prepare('SELECT f.data FROM fingerprints f JOIN articles a ON a.rowid = f.article_rowid WHERE a.id = ?').pluck();
  const found = new Map<string, Fingerprint>();
  for (const id of ids) {
    const data = stmt.get(id) as string | undefined;
    if (data) found.set(id, decodeFingerprint(data));
  }
  return found;
}
