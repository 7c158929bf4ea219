// A pool of worker threads that run the per-document pipeline (extract → analyze → index terms)
// in parallel, returning results in input order. Documents go out in small batches to keep
// message overhead low; a bound on what is in flight keeps memory flat on huge inputs.
//
// Each worker is given many batches at once, not one: the main thread stores a batch in one
// synchronous stretch (clustering and SQLite, hundreds of milliseconds), and a worker can only be
// handed more work when the main thread's event loop runs. With one batch each, the workers
// finished in ~15 ms and then sat idle for the rest of every store (measured: 60% idle).
import { cpus } from 'node:os';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { RUNNING_SOURCES } from '../core/runtime.ts';
import type { RawDocument } from '../core/types.ts';
import type { ArticleToStore } from '../store/port.ts';
import type { ProcessOptions } from './process.ts';

export interface WorkerRequest {
  seq: number;
  document: RawDocument;
  options: ProcessOptions;
}

export type WorkerReply =
  | { seq: number; ok: true; prepared: ArticleToStore }
  | { seq: number; ok: false; code: string; message: string };

const BATCH = 16;
/**
 * The worker thread's module. Worker threads do not inherit tsx's loader, so from src/ a small .mjs
 * registers it first; built (lib/), the worker is plain JavaScript and needs no loader thread.
 */
const WORKER_FILE = RUNNING_SOURCES ? './worker-entry.mjs' : './process-worker.js';
/** Batches waiting to be posted, per worker, before submit() makes its caller wait. */
const MAX_PENDING_PER_WORKER = 8;
/** Batches posted to one worker and not answered yet: ~250 documents, about as long as the main
 *  thread takes to store a batch of 250 (ingest.ts's DEFAULT_BATCH says what was measured). */
const MAX_POSTED_PER_WORKER = 16;

/** How many worker threads a pool starts with, and how many it may grow to. */
export interface PoolSize {
  initial: number;
  max: number;
  /** How often the workers' load is checked for growth (default 2 s). */
  growthCheckMs?: number;
}

const GROWTH_CHECK_MS = 2_000;
/** Workers busier than this share of the last check's interval… */
const GROWTH_UTILISATION = 0.9;
/** …while the thread feeding them waited for room in their queues this share of it… */
const GROWTH_FEEDER_WAIT = 0.2;
/**
 * …and the machine left at least this much CPU idle (in cores): add one. A worker added to busy
 * cores only takes time from the others. Measured on 2 cores with the foundation stages, where
 * one worker and the main thread keep both cores busy: a second worker made the ingest 14% slower
 * (36.1 s against 31.6 s) and 157 MB bigger.
 */
const GROWTH_MIN_IDLE_CORES = 0.5;
/** Checks in a row that must find all of the above. */
const GROWTH_CHECKS_IN_A_ROW = 2;

/**
 * One core is left to the main thread, which is itself a full-time stage (clustering and the
 * single writer); a pool grows to one worker per core only when the workers fall behind, as they
 * do when the costly analysis stages (entities, quotes) run. Measured on 2 cores with the
 * foundation stages: one worker went as fast as two, with 150 MB less memory.
 */
export function defaultPoolSize(): PoolSize {
  const cores = Math.max(1, Math.min(8, cpus().length));
  return { initial: Math.max(1, cores - 1), max: cores };
}

/** What the pool saw over the last growth check's interval. */
export interface GrowthSignals {
  /** Per worker, the share of the interval its event loop was not idle. */
  workerUtilisations: readonly number[];
  /** Share of the interval the thread feeding the workers waited for room in their queues. */
  feederWaitShare: number;
  /** CPU the whole machine left idle, in cores (2 cores idle half the time: 1). */
  idleCores: number;
}

/**
 * Whether another worker would make the pool faster: the workers set the pace (every one busy
 * nearly all the time while the thread feeding them waited for room), and the machine has idle
 * CPU for one more.
 */
export function anotherWorkerWouldHelp({ workerUtilisations, feederWaitShare, idleCores }: GrowthSignals): boolean {
  if (workerUtilisations.length === 0) return false;
  return Math.min(...workerUtilisations) >= GROWTH_UTILISATION && feederWaitShare >= GROWTH_FEEDER_WAIT &&
    idleCores >= GROWTH_MIN_IDLE_CORES;
}

/** Milliseconds all CPUs of the machine have been idle since boot. */
function machineIdleMs(): number {
  return cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}

export class ProcessorPool {
  private readonly workers: Worker[] = [];
  private readonly maxSize: number;
  private readonly growthCheckMs: number;
  private checkedAt = performance.now();
  private readonly utilisationMarks = new Map<Worker, EventLoopUtilization>();
  /** Time submit() spent waiting for room since the last growth check. */
  private waitedMs = 0;
  /** The machine's idle CPU time at the last growth check (machineIdleMs). */
  private idleMsAtCheck = machineIdleMs();
  /** Growth is judged only once a worker has answered: while the first ones start, everything waits. */
  private warm = false;
  /** Checks in a row that found the workers to be the slow stage; one can be a passing backlog. */
  private slowChecks = 0;
  /** Batches posted to each worker and not answered yet. */
  private readonly posted = new Map<Worker, number>();
  private readonly pendingBatches: WorkerRequest[][] = [];
  private current: WorkerRequest[] = [];
  private readonly done = new Map<number, WorkerReply>();
  private nextToEmit = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  /** A number is an exact size; a PoolSize starts small and grows when the workers fall behind. */
  constructor(size: number | PoolSize) {
    const { initial, max, growthCheckMs } = typeof size === 'number' ? { initial: size, max: size, growthCheckMs: 0 } : size;
    this.maxSize = max;
    this.growthCheckMs = growthCheckMs ?? GROWTH_CHECK_MS;
    for (let i = 0; i < initial; i++) this.addWorker();
  }

  /** Worker threads running now. */
  get size(): number {
    return this.workers.length;
  }

  private addWorker(): void {
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url));
    worker.on('message', (replies: WorkerReply[]) => {
      if (!this.warm) this.startJudgingGrowth();
      for (const reply of replies) this.done.set(reply.seq, reply);
      this.posted.set(worker, this.posted.get(worker)! - 1);
      this.dispatch();
      this.notify();
    });
    worker.on('error', (error) => { this.failure = error; this.notify(); });
    this.workers.push(worker);
    this.posted.set(worker, 0);
    this.utilisationMarks.set(worker, worker.performance.eventLoopUtilization());
  }

  private startJudgingGrowth(): void {
    this.warm = true;
    this.checkedAt = performance.now();
    this.waitedMs = 0;
    this.idleMsAtCheck = machineIdleMs();
    for (const worker of this.workers) this.utilisationMarks.set(worker, worker.performance.eventLoopUtilization());
  }

  /**
   * Adds a worker when every worker was busy nearly all of the last interval and the main thread
   * had to wait for room in their queues: then the workers, not the main thread, set the pace.
   * When the main thread is the slow stage it never waits for them, however busy they look (on a
   * loaded machine every thread looks busy).
   */
  private growIfWorkersAreTheBottleneck(): void {
    if (!this.warm || this.workers.length >= this.maxSize) return;
    const now = performance.now();
    if (now - this.checkedAt < this.growthCheckMs) return;
    const workerUtilisations = this.workers.map((worker) => {
      const mark = worker.performance.eventLoopUtilization();
      const utilisation = worker.performance.eventLoopUtilization(mark, this.utilisationMarks.get(worker)).utilization;
      this.utilisationMarks.set(worker, mark);
      return utilisation;
    });
    const interval = now - this.checkedAt;
    this.checkedAt = now;
    const feederWaitShare = interval > 0 ? this.waitedMs / interval : 0;
    this.waitedMs = 0;
    const idleMs = machineIdleMs();
    const idleCores = interval > 0 ? (idleMs - this.idleMsAtCheck) / interval : 0;
    this.idleMsAtCheck = idleMs;
    this.slowChecks = anotherWorkerWouldHelp({ workerUtilisations, feederWaitShare, idleCores }) ? this.slowChecks + 1 : 0;
    if (this.slowChecks >= GROWTH_CHECKS_IN_A_ROW) {
      this.slowChecks = 0;
      this.addWorker();
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Posts pending batches to the least busy workers, up to MAX_POSTED_PER_WORKER each. */
  private dispatch(): void {
    while (this.pendingBatches.length > 0) {
      let target: Worker | undefined;
      for (const worker of this.workers) {
        if (this.posted.get(worker)! < MAX_POSTED_PER_WORKER && (target === undefined || this.posted.get(worker)! < this.posted.get(target)!)) target = worker;
      }
      if (target === undefined) return;
      this.posted.set(target, this.posted.get(target)! + 1);
      target.postMessage(this.pendingBatches.shift());
    }
  }

  private waitForProgress(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => { this.wake = resolve; });
  }

  /** Queues a document; resolves once there is room for more (backpressure). */
  async submit(request: WorkerRequest): Promise<void> {
    this.current.push(request);
    if (this.current.length >= BATCH) this.flushCurrent();
    this.growIfWorkersAreTheBottleneck();
    if (this.pendingBatches.length <= this.workers.length * MAX_PENDING_PER_WORKER) return;
    const waitFrom = performance.now();
    while (this.pendingBatches.length > this.workers.length * MAX_PENDING_PER_WORKER) await this.waitForProgress();
    this.waitedMs += performance.now() - waitFrom;
  }

  private flushCurrent(): void {
    if (this.current.length === 0) return;
    this.pendingBatches.push(this.current);
    this.current = [];
    this.dispatch();
  }

  /** Replies that are ready, in input order. */
  *ready(): Generator<WorkerReply> {
    while (this.done.has(this.nextToEmit)) {
      const reply = this.done.get(this.nextToEmit)!;
      this.done.delete(this.nextToEmit);
      this.nextToEmit++;
      yield reply;
    }
  }

  /** Waits until every submitted document has a reply. */
  async drain(total: number): Promise<void> {
    this.flushCurrent();
    while (this.nextToEmit + this.done.size < total) {
      await this.waitForProgress();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
