// Near-duplicate groups and stories with many workers: a single clustering writer.
// Workers store articles without a story, in parallel; placing them (ArchiveClustering: duplicate
// group, earliest publisher, story) needs the whole clustering state and is order-dependent, so
// ONE worker at a time does it: whoever holds the clustering advisory lock. It keeps the engine in
// memory while it holds the lock and places each ingest job's articles in job order, which is input
// order, so the archive ends up exactly as one `marsad ingest` process would have built it.
// Every placement (of up to PLACE_AT_ONCE jobs) commits, in one transaction on the lock's own
// connection, the articles' stories, the changed stories, the vocabulary and the job watermark: a
// clusterer killed at any point leaves a consistent state for the next one, which resumes from it.
// If that connection is lost, so is the lock; the transaction fails with it, and the engine in
// memory is dropped, never reused.
import type pg from 'pg';
import type { StoryState, VocabularyState } from '../dedup/index.ts';
import { ArchiveClustering } from '../pipeline/clustering.ts';
import type { ArticleToStore, Store } from '../store/port.ts';
import { readState, unplacedArticles, writePlacements, writeState } from '../store/postgres/clustering.ts';
import { CLUSTERING_LOCK } from '../store/postgres/locks.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';

/** The last ingest job whose articles are placed (dedup_state key). */
const WATERMARK_KEY = 'placed_through_job';
const VOCABULARY_KEY = 'vocabulary';
/**
 * Jobs placed in one transaction at most, and, while workers are busy, at least: the vocabulary
 * (about 1.4 MB) is written once for them all, so placing one job at a time would write it once
 * per 100 documents. When a worker runs out of work it places whatever is ready.
 */
const PLACE_AT_ONCE = 8;

interface Holder {
  client: pg.PoolClient;
  clustering: ArchiveClustering;
  watermark: string;
  /** The vocabulary ArchiveClustering hands to its store, kept to be written with the placements. */
  vocabulary: { pending?: VocabularyState };
}

interface NextJob {
  id: string;
  state: string;
  result: { articleIds?: string[] } | null;
}

export class StoryPlacement {
  private holder: Holder | undefined;

  constructor(private readonly store: PostgresStore) {}

  /**
   * Places the ingest jobs that are done, in order, if this worker is (or can become) the clustering
   * writer: all of them, or with `wholeGroups` only groups of PLACE_AT_ONCE, leaving the rest for later.
   */
  async catchUp({ wholeGroups = false } = {}): Promise<void> {
    // Becoming the writer loads the clustering state (days of fingerprints, the live stories): not
    // for nothing, as when the last worker still running takes the lock over only to find every job placed.
    if (!this.holder && await this.caughtUp()) return;
    const holder = this.holder ?? await this.acquire();
    if (!holder) return;
    try {
      for (;;) {
        // Later jobs wait their turn behind the first one not finished.
        const ready = await this.readyJobs(holder);
        if (ready.length === 0 || (wholeGroups && ready.length < PLACE_AT_ONCE)) return;
        await this.place(holder, ready);
      }
    } catch (error) {
      // The engine in memory may be ahead of the database now: drop it, and the lock with it.
      await this.release(error as Error);
      throw error;
    }
  }

  /** True when no ingest job is left to place. */
  async caughtUp(): Promise<boolean> {
    const watermark = (await readState(this.store.pool, WATERMARK_KEY)) ?? '0';
    const { rows: [row] } = await this.store.pool.query<{ pending: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = 'ingest' AND id > $1::bigint) AS pending", [watermark]);
    return !row.pending;
  }

  async release(failure?: Error): Promise<void> {
    const holder = this.holder;
    this.holder = undefined;
    if (!holder) return;
    if (!failure) await holder.client.query('SELECT pg_advisory_unlock($1)', [CLUSTERING_LOCK]).catch(() => {});
    holder.client.release(failure);
  }

  private async acquire(): Promise<Holder | undefined> {
    const client = await this.store.pool.connect();
    client.on('error', () => {}); // a lost connection surfaces as the next query's error
    try {
      const { rows: [lock] } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [CLUSTERING_LOCK]);
      if (!lock.ok) {
        client.release();
        return undefined;
      }
      const vocabulary: Holder['vocabulary'] = {};
      // ArchiveClustering saves its vocabulary through the store it was opened with: this one keeps
      // it for the placement transaction instead, so vocabulary and placements commit together.
      const capturing = Object.assign(Object.create(this.store) as Store, {
        saveVocabulary: async (value: VocabularyState) => { vocabulary.pending = value; },
      });
      const clustering = await ArchiveClustering.open(capturing);
      const watermark = (await readState(client, WATERMARK_KEY)) ?? '0';
      this.holder = { client, clustering, watermark, vocabulary };
      return this.holder;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  /** The next ingest jobs after the watermark, in order, up to the first one not finished. */
  private async readyJobs(holder: Holder): Promise<NextJob[]> {
    const { rows } = await holder.client.query<NextJob>(`SELECT id, state, result FROM jobs
      WHERE kind = 'ingest' AND id > $1::bigint ORDER BY id LIMIT ${PLACE_AT_ONCE}`, [holder.watermark]);
    const open = rows.findIndex((job) => job.state === 'queued' || job.state === 'running');
    return open === -1 ? rows : rows.slice(0, open);
  }

  /** Places the jobs' articles in order, then writes it all in one transaction. */
  private async place(holder: Holder, jobs: NextJob[]): Promise<void> {
    const { client, clustering } = holder;
    const placed: ArticleToStore[] = [];
    const stories = new Map<string, StoryState>();
    const reassigned = new Map<string, string>();
    const placedIds = new Set<string>();
    for (const job of jobs) {
      // A failed job stored nothing of its own to place; its turn passes. An article an earlier job
      // of this group placed is not placed again (it is not written as placed yet).
      const ids = job.state === 'done' ? (job.result?.articleIds ?? []).filter((id) => !placedIds.has(id)) : [];
      const items = await unplacedArticles(client, ids);
      for (const item of items) placedIds.add(item.article.id);
      const extras = await clustering.place(items);
      placed.push(...items);
      // A story changed twice keeps its last state; an article reassigned twice, its last original.
      for (const story of extras.stories ?? []) stories.set(story.id, story);
      for (const { id, duplicateOf } of extras.reassigned ?? []) reassigned.set(id, duplicateOf);
      await clustering.afterBatch();
    }
    await clustering.finish(); // hands the vocabulary to the capturing store
    const last = jobs[jobs.length - 1].id;
    await client.query('BEGIN');
    try {
      // The watermark is ours only while we hold the lock: a different value means someone else placed.
      const { rows: [current] } = await client.query<{ value: string }>(
        'SELECT value FROM dedup_state WHERE key = $1 FOR UPDATE', [WATERMARK_KEY]);
      if ((current?.value ?? '0') !== holder.watermark) throw new Error('the clustering watermark moved under this writer');
      await writePlacements(client, placed, {
        stories: [...stories.values()],
        reassigned: [...reassigned].map(([id, duplicateOf]) => ({ id, duplicateOf })),
      });
      if (holder.vocabulary.pending) await writeState(client, VOCABULARY_KEY, JSON.stringify(holder.vocabulary.pending));
      await writeState(client, WATERMARK_KEY, last);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    holder.watermark = last;
  }
}
