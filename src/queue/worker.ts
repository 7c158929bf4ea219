// A `marsad worker`: take a job, do it, mark it done, repeat. It holds no state between jobs, so
// any number of workers on any number of machines can share one database. Each worker processes
// on its own thread: more throughput means more worker processes, one per core.
//   • Safety: the articles are stored (one idempotent transaction) before the job is marked done.
//     A worker killed in between leaves the job open; whoever takes it next stores nothing twice.
//   • Order: the documents are processed in parallel (the costly part), but each job's articles
//     are committed in job order, which is input order. What the store decides from what it already
//     holds (a surname alone joining its full name, an entity's first spelling, row order) is then
//     decided exactly as one `marsad ingest` process would. A worker waiting for its turn processes
//     the next job meanwhile, and does the earlier job itself when that one is free to take (its
//     worker died, or none took it yet).
//   • Stories and near-duplicate groups are placed afterwards, in job order too, by one worker at a
//     time (story-placement.ts).
import { sleep } from '../core/sleep.ts';
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
  /** Runs between jobs and when the queue is empty (alerts); `idle` says the queue had nothing. */
  between?: (idle: boolean) => Promise<void>;
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

export interface IngestJobResult extends JobReport {
  /** The job's articles in input order (each id once), whether this attempt or an earlier one stored them: what placing takes. */
  articleIds: string[];
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_POLL_MS = 1000;
/** Jobs a worker holds processed while an earlier one is stored elsewhere: enough to keep busy, little memory. */
const MAX_IN_HAND = 3;
/** Waiting for an earlier job to commit: first look again after this, then back off to TURN_POLL_MAX_MS. */
const TURN_POLL_MIN_MS = 10;
const TURN_POLL_MAX_MS = 50;

export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

interface PreparedJob {
  prepared: ArticleToStore[];
  rejected: number;
}

/** The per-document pipeline on a job's documents: everything of `marsad ingest` before the store. */
function prepareJob(job: Job, options: WorkerOptions): PreparedJob {
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
  return { prepared, rejected };
}

async function storeJob(store: PostgresStore, job: Job, { prepared, rejected }: PreparedJob): Promise<IngestJobResult> {
  const result = await store.putArticles(prepared);
  return {
    jobId: job.id, attempts: job.attempts, ingested: result.ingested.length, duplicates: result.duplicates.length, rejected,
    articleIds: [...new Set(prepared.map((p) => p.article.id))],
  };
}

/** One job's documents processed and stored, regardless of order (tests; the worker keeps the order). */
export async function runIngestJob(store: PostgresStore, job: Job, options: WorkerOptions): Promise<IngestJobResult> {
  return storeJob(store, job, prepareJob(job, options));
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

/** A job taken and processed, waiting for its turn to be stored. */
interface InHand {
  job: Job;
  prepared: PreparedJob;
  preparedAt: number;
  stopLease: () => void;
}

class QueueWorker {
  readonly summary: WorkerSummary = { jobs: 0, ingested: 0, duplicates: 0, rejected: 0 };
  private readonly queue: JobQueue;
  private readonly name = workerName();
  private readonly leaseMs: number;
  /** Processed jobs not stored yet, lowest id first. */
  private readonly inHand: InHand[] = [];
  /**
   * Time asleep since the last job this worker stored, holding processed jobs that wait for an
   * earlier one and nothing else to do: what committing in job order costs this worker. Reported
   * with the next job it stores (`idleForTurnMs`), so benchmarks can add it up.
   */
  private idleForTurnMs = 0;

  constructor(private readonly store: PostgresStore, private readonly options: WorkerOptions) {
    this.queue = new JobQueue(store.pool);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /**
   * Works until it holds nothing: takes and processes jobs, and stores each once every earlier job
   * is stored. While its lowest job waits for an earlier one held elsewhere, it processes the next
   * job instead of idling (at most MAX_IN_HAND at once), and takes an earlier job itself when one
   * is free (its worker died). False when there was nothing to take at all.
   */
  async work(afterStore: () => void): Promise<boolean> {
    let worked = false;
    let pause = TURN_POLL_MIN_MS;
    for (;;) {
      const lowest = this.inHand[0];
      if (lowest && !await this.queue.openBefore(lowest.job.id)) {
        await this.storeLowest();
        afterStore();
        pause = TURN_POLL_MIN_MS;
        continue;
      }
      // Stopping: finish what is in hand, take nothing new.
      if (this.options.signal?.aborted && !lowest) return worked;
      // Room for more: the oldest open job (which may be an earlier one than ours). Full, or
      // stopping: only an earlier one, which ours wait for.
      const full = this.inHand.length >= MAX_IN_HAND || this.options.signal?.aborted;
      const below = full ? lowest.job.id : undefined;
      const job = await this.queue.take(this.name, this.leaseMs, ['ingest'], below);
      if (job) {
        await this.hold(job);
        worked = true;
        pause = TURN_POLL_MIN_MS;
        continue;
      }
      if (!lowest) return worked;
      const asleepSince = performance.now();
      await sleep(pause);
      this.idleForTurnMs += performance.now() - asleepSince;
      pause = Math.min(TURN_POLL_MAX_MS, pause * 2);
    }
  }

  /** Abandons what is in hand (its leases run out and others take the jobs). */
  drop(): void {
    for (const held of this.inHand.splice(0)) held.stopLease();
  }

  private async hold(job: Job): Promise<void> {
    const stopLease = keepLease(this.queue, job, this.name, this.leaseMs);
    let prepared: PreparedJob;
    try {
      prepared = prepareJob(job, this.options);
    } catch (error) {
      // A payload we cannot read: this attempt fails; after MAX_ATTEMPTS the job is set aside.
      stopLease();
      await this.queue.fail(job.id, this.name, (error as Error).message ?? String(error));
      return;
    }
    this.inHand.push({ job, prepared, preparedAt: performance.now(), stopLease });
    this.inHand.sort((a, b) => Number(BigInt(a.job.id) - BigInt(b.job.id)));
  }

  private async storeLowest(): Promise<void> {
    const { job, prepared, preparedAt, stopLease } = this.inHand.shift()!;
    try {
      const waitedMs = Math.round(performance.now() - preparedAt);
      const idleForTurnMs = Math.round(this.idleForTurnMs);
      this.idleForTurnMs = 0;
      const { articleIds, ...report } = await storeJob(this.store, job, prepared);
      await this.queue.complete(job.id, this.name, { ...report, waitedMs, idleForTurnMs, articleIds });
      this.summary.jobs++;
      this.summary.ingested += report.ingested;
      this.summary.duplicates += report.duplicates;
      this.summary.rejected += report.rejected;
      this.options.onJob?.(report);
    } catch (error) {
      // The database gone for longer than the retries cover: stop; the leases return the jobs to the queue.
      if (isTransient(error)) throw error;
      await this.queue.fail(job.id, this.name, (error as Error).message ?? String(error));
    } finally {
      stopLease();
    }
  }
}

/**
 * Runs StoryPlacement.catchUp in the background, one run at a time; a kick during a run asks for one
 * more. Kicks place whole groups of jobs (one transaction and one vocabulary write per group);
 * settle places the rest.
 */
class BackgroundPlacement {
  private running: Promise<void> | undefined;
  private again = false;
  /** A settle asked for everything ready to be placed, not only whole groups. */
  private everything = false;
  private failure: unknown;

  constructor(readonly placement: StoryPlacement) {}

  kick(wholeGroups = true): void {
    if (this.running) { this.again = true; this.everything ||= !wholeGroups; return; }
    this.everything = !wholeGroups;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.placement.catchUp({ wholeGroups: !this.everything });
        } while (this.again);
      } catch (error) {
        this.failure ??= error;
      } finally {
        this.running = undefined;
      }
    })();
  }

  /** Runs a last catch-up and waits for it; rethrows what a background run failed with. */
  async settle(): Promise<void> {
    this.kick(false);
    while (this.running) await this.running;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
  }
}

export async function runWorker(store: PostgresStore, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const worker = new QueueWorker(store, options);
  const queue = new JobQueue(store.pool);
  const placement = new BackgroundPlacement(new StoryPlacement(store));
  try {
    while (!options.signal?.aborted) {
      // Placing runs beside the work (its own connection), so this worker keeps storing its jobs,
      // which other workers may be waiting for, while it places.
      const worked = await worker.work(() => placement.kick());
      await placement.settle();
      await options.between?.(!worked);
      if (worked) continue;
      // Jobs still running elsewhere may come back (their worker may be dead): idle means none at
      // all, and every finished job placed.
      if (options.untilIdle && await queue.isIdle() && await placement.placement.caughtUp()) break;
      await sleep(options.pollMs ?? DEFAULT_POLL_MS, options.signal);
    }
  } finally {
    worker.drop();
    await placement.settle().catch(() => {});
    await placement.placement.release();
  }
  return worker.summary;
}
