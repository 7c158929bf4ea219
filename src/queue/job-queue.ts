// The jobs table (src/store/postgres/schema.ts) as a work queue shared by any number of stateless
// worker processes. A worker takes the oldest open job with FOR UPDATE SKIP LOCKED, so two workers
// never wait on or take the same job, and holds it under a lease it renews while working. A worker
// that dies stops renewing: once the lease runs out the job is open again and another worker takes
// it. Job results are written idempotently, so a job done twice is stored once.
import type pg from 'pg';
import { withRetry } from '../store/postgres/connection.ts';

/** Kinds of work; analysis and clustering jobs join 'ingest' as those stages move to workers. */
export type JobKind = 'ingest';

export interface Job {
  id: string;
  kind: JobKind;
  payload: Buffer;
  /** 1 on the first take, more when a lease ran out or an attempt failed. */
  attempts: number;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

/** A job that failed this many times (or killed its worker this many times) is set aside as failed. */
export const MAX_ATTEMPTS = 5;

export class JobQueue {
  constructor(private readonly pool: pg.Pool) {}

  async enqueue(kind: JobKind, payloads: Buffer[]): Promise<string[]> {
    if (payloads.length === 0) return [];
    return withRetry(async () => {
      const { rows } = await this.pool.query<{ id: string }>(`INSERT INTO jobs (kind, payload)
        SELECT $1, p FROM unnest($2::bytea[]) WITH ORDINALITY AS j(p, ord) ORDER BY ord RETURNING id`, [kind, payloads]);
      return rows.map((r) => r.id);
    });
  }

  /**
   * Leases the oldest open job (queued, or running under a lease that ran out), of an id below
   * `below` when given; undefined when none is open.
   */
  async take(worker: string, leaseMs: number, kinds: JobKind[] = ['ingest'], below?: string): Promise<Job | undefined> {
    for (;;) {
      const { rows: [job] } = await withRetry(() => this.pool.query<Job>(`UPDATE jobs SET state = 'running',
          attempts = attempts + 1, leased_by = $1, started_at = clock_timestamp(),
          lease_until = clock_timestamp() + $2 * interval '1 millisecond'
        WHERE id = (
          SELECT id FROM jobs
          WHERE (state = 'queued' OR (state = 'running' AND lease_until < clock_timestamp())) AND kind = ANY ($3::text[])
            AND ($4::bigint IS NULL OR id < $4::bigint)
          ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, kind, payload, attempts`, [worker, leaseMs, kinds, below ?? null]));
      if (!job) return undefined;
      if (job.attempts <= MAX_ATTEMPTS) return job;
      // Taken too often: it keeps killing its workers or failing. Set it aside for a person to look at.
      await this.fail(job.id, worker, `gave up after ${MAX_ATTEMPTS} attempts`);
    }
  }

  /** Extends the lease; false when the job is no longer ours (the lease ran out and someone took it). */
  async renew(jobId: string, worker: string, leaseMs: number): Promise<boolean> {
    const { rowCount } = await withRetry(() => this.pool.query(`UPDATE jobs SET lease_until = clock_timestamp() + $3 * interval '1 millisecond'
      WHERE id = $1 AND leased_by = $2 AND state = 'running'`, [jobId, worker, leaseMs]));
    return rowCount === 1;
  }

  /** Marks the job done and drops its payload (the documents are in the archive now). */
  async complete(jobId: string, worker: string, result: unknown): Promise<boolean> {
    const { rowCount } = await withRetry(() => this.pool.query(`UPDATE jobs SET state = 'done', finished_at = clock_timestamp(),
        result = $3::jsonb, payload = ''::bytea, lease_until = NULL
      WHERE id = $1 AND leased_by = $2 AND state = 'running'`, [jobId, worker, JSON.stringify(result)]));
    return rowCount === 1;
  }

  /** Records a failed attempt: the job is open again, or failed for good after MAX_ATTEMPTS. */
  async fail(jobId: string, worker: string, error: string): Promise<void> {
    await withRetry(() => this.pool.query(`UPDATE jobs SET error = $3, leased_by = NULL, lease_until = NULL,
        state = CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN 'failed' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN clock_timestamp() END
      WHERE id = $1 AND leased_by = $2 AND state = 'running'`, [jobId, worker, error]));
  }

  async counts(): Promise<QueueCounts> {
    const { rows } = await withRetry(() => this.pool.query<{ state: keyof QueueCounts; n: number }>(
      'SELECT state, count(*)::int AS n FROM jobs GROUP BY state'));
    const counts: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const { state, n } of rows) counts[state] = n;
    return counts;
  }

  /** Whether an ingest job before this one is still queued or running (its articles not committed yet). */
  async openBefore(jobId: string): Promise<boolean> {
    const { rows } = await withRetry(() => this.pool.query<{ open: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running') AND kind = 'ingest' AND id < $1::bigint) AS open", [jobId]));
    return rows[0].open;
  }

  /** Nothing queued and nothing running: a worker with --until-idle may stop. */
  async isIdle(): Promise<boolean> {
    const { rows } = await withRetry(() => this.pool.query<{ open: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running')) AS open"));
    return !rows[0].open;
  }
}
