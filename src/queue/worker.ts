// A `marsad worker`: take a job, do it, mark it done, repeat. It holds no state between jobs, so
// any number of workers on any number of machines can share one database. Each worker processes
// on its own thread: more throughput means more worker processes, one per core.
// Safety comes from the order of writes: the articles are stored (one idempotent transaction) before
// the job is marked done. A worker killed in between leaves the job open; whoever takes it next
// stores nothing twice. Stories and near-duplicate groups are decided afterwards, in job order, by
// one worker at a time (story-placement.ts).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { MarsadError } from '../core/errors.ts';
import { prepareForStore, processDocument } from '../pipeline/process.ts';
import type { ArticleToStore } from '../store/port.ts';
import { isTransient } from '../store/postgres/connection.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import { JobQueue, type Job } from './job-queue.ts';
import { decodeIngestPayload } from './payload.ts';
import { StoryPlacement } from './story-placement.ts';

export interface WorkerOptions {
  /** Stop when no job is queued or running (rather than wait for more). */
  untilIdle?: boolean;
  /** How long a job stays ours without renewal (default 60 s); renewed every third of it. */
  leaseMs?: number;
  /** Wait between looks at an empty queue (default 1 s). */
  pollMs?: number;
  /** Stop after the current job when aborted (SIGTERM, SIGINT). */
  signal?: AbortSignal;
  onJob?: (report: JobReport) => void;
  onRejected?: (origin: string, code: string, message: string) => void;
}

export interface JobReport {
  jobId: string;
  attempts: number;
  ingested: number;
  duplicates: number;
  rejected: number;
}

export interface WorkerSummary {
  jobs: number;
  ingested: number;
  duplicates: number;
  rejected: number;
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_POLL_MS = 1000;

export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface IngestJobResult extends JobReport {
  /** The job's articles in input order (each id once), whether this attempt or an earlier one stored them: what placing takes. */
  articleIds: string[];
}

/**
 * The per-document pipeline on one job's documents, then one store batch: the stages of `marsad
 * ingest` up to clustering, which StoryPlacement does afterwards.
 */
export async function runIngestJob(store: PostgresStore, job: Job, options: WorkerOptions): Promise<IngestJobResult> {
  const { documents, now, skip } = decodeIngestPayload(job.payload);
  const processOptions = { now, skip: skip ? new Set(skip) : undefined };
  const prepared: ArticleToStore[] = [];
  let rejected = 0;
  for (const document of documents) {
    try {
      prepared.push(prepareForStore(processDocument(document, processOptions), document));
    } catch (error) {
      rejected++;
      const code = error instanceof MarsadError ? error.code : 'internal';
      const message = error instanceof MarsadError ? error.message : `${document.origin}: internal error: ${(error as Error).message}`;
      options.onRejected?.(document.origin, code, message);
    }
  }
  const result = await store.putArticles(prepared);
  return {
    jobId: job.id, attempts: job.attempts, ingested: result.ingested.length, duplicates: result.duplicates.length, rejected,
    articleIds: [...new Set(prepared.map((p) => p.article.id))],
  };
}

/** Renews the job's lease in the background until stopped. */
function keepLease(queue: JobQueue, job: Job, worker: string, leaseMs: number): () => void {
  const timer = setInterval(() => {
    queue.renew(job.id, worker, leaseMs).catch(() => {
      // A renewal that fails is retried at the next tick; if the lease runs out meanwhile, the job
      // may be done twice, which the idempotent writes make harmless.
    });
  }, Math.max(50, Math.floor(leaseMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function runWorker(store: PostgresStore, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const queue = new JobQueue(store.pool);
  const worker = workerName();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const summary: WorkerSummary = { jobs: 0, ingested: 0, duplicates: 0, rejected: 0 };
  const placement = new StoryPlacement(store);
  try {
    while (!options.signal?.aborted) {
      if (!await runOneJob(store, queue, worker, leaseMs, options, summary)) {
        await placement.catchUp();
        // Jobs still running elsewhere may come back (their worker may be dead): idle means none at
        // all, and every finished job placed.
        if (options.untilIdle && await queue.isIdle() && await placement.caughtUp()) break;
        await sleep(options.pollMs ?? DEFAULT_POLL_MS, options.signal);
        continue;
      }
      await placement.catchUp();
    }
  } finally {
    await placement.release();
  }
  return summary;
}

/** Takes and does one job; false when none was open. */
async function runOneJob(store: PostgresStore, queue: JobQueue, worker: string, leaseMs: number, options: WorkerOptions,
  summary: WorkerSummary): Promise<boolean> {
  const job = await queue.take(worker, leaseMs);
  if (!job) return false;
  const stopLease = keepLease(queue, job, worker, leaseMs);
  try {
    const { articleIds, ...report } = await runIngestJob(store, job, options);
    await queue.complete(job.id, worker, { ...report, articleIds });
    summary.jobs++;
    summary.ingested += report.ingested;
    summary.duplicates += report.duplicates;
    summary.rejected += report.rejected;
    options.onJob?.(report);
  } catch (error) {
    // The database gone for longer than the retries cover: stop; the lease returns the job to the queue.
    if (isTransient(error)) throw error;
    await queue.fail(job.id, worker, (error as Error).message ?? String(error));
  } finally {
    stopLease();
  }
  return true;
}
