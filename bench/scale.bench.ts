// Scale benchmark (npm run bench:scale): SaudiNewsNet enqueued into one PostgreSQL (started here,
// durable settings, like a real server), then ingested by 1, 2 and 4 `marsad worker` processes,
// each run into a fresh database. Prints throughput per worker count, the speed-up over one
// worker, and search latency while the workers write (one query every 200 ms) and when idle.
// The machine is shared, so each run also reports the CPU seconds spent by the workers and by
// PostgreSQL (from /proc) and how often a writer waited on a lock: figures that separate "the
// design serialises" from "other processes took the cores".
//   MARSAD_BENCH_DOCS=N      only the first N documents (default: all of SaudiNewsNet)
//   MARSAD_BENCH_WORKERS=1,2 the worker counts to run (default: 1,2,4)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../src/core/types.ts';
import { readSources } from '../src/ingest/sources.ts';
import { prepareForStore, processDocument } from '../src/pipeline/process.ts';
import { enqueuePaths } from '../src/queue/enqueue.ts';
import { searchArchive } from '../src/search/service.ts';
import { startTestPostgres, type TestPostgres } from '../src/store/pg-test-server.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { isStopWord, searchKey } from '../src/text/index.ts';
import { percentile, requireData, saudiRecords, SAUDINEWSNET } from './data.ts';

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** Control runs: documents processed to warm up, then documents timed. */
const CONTROL_WARM_UP = 100;
const CONTROL_TIMED = 400;
const JOB_SIZE = 100;
const QUERY_EVERY_MS = 200;

interface RunResult {
  workers: number;
  documents: number;
  busySeconds: number;
  /** Documents per second once every worker finished its first job (start-up and JIT warm-up left out). */
  steadyRate: number;
  steady: SteadyWindow;
  wallSeconds: number;
  duringIngest: number[];
  workerCpu: number;
  /** PostgreSQL's CPU for the ingest: all of its processes, less the backends that served the bench's searches. */
  postgresCpu: number;
  searchCpu: number;
  lockWaitSamples: number;
  samples: number;
  /** Seconds processed jobs spent waiting for an earlier job to be stored (workers commit in input order). */
  turnWaitSeconds: number;
  /** Seconds workers slept holding processed jobs, with nothing else to do, until an earlier job was stored. */
  idleForTurnSeconds: number;
  times: WorkerTimes[];
}

const CLOCK_TICKS = 100;
/** The bench's own searches during ingest reach PostgreSQL under this name, so their CPU is counted apart. */
const SEARCH_APPLICATION = 'marsad-bench-search';

interface ProcStat {
  ppid: number;
  /** utime + stime, and cutime + cstime (children it has reaped), in seconds. */
  own: number;
  reaped: number;
}

/** /proc/PID/stat of a process; undefined when it is gone (or there is no /proc). */
function procStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // Fields after the command name start at field 3 (state): ppid is 4, utime 14, stime 15, cutime 16, cstime 17.
    const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
    return { ppid, own: (utime + stime) / CLOCK_TICKS, reaped: (cutime + cstime) / CLOCK_TICKS };
  } catch {
    return undefined;
  }
}

/** CPU seconds of the children this process has reaped: the finished workers. NaN where there is no /proc. */
function reapedChildrenSeconds(): number {
  return procStat(process.pid)?.reaped ?? NaN;
}

/**
 * CPU seconds PostgreSQL has spent so far: the postmaster, the backends it has reaped, and its live
 * processes (backends, WAL writer, checkpointer, autovacuum), which are never reaped during a run.
 */
function postgresSeconds(postmaster: number): number {
  const root = procStat(postmaster);
  if (!root) return NaN;
  let total = root.own + root.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = procStat(Number(entry));
    if (child?.ppid === postmaster) total += child.own;
  }
  return total;
}

/** CPU seconds of the live backends serving the bench's own searches. */
async function searchBackendSeconds(store: PostgresStore): Promise<number> {
  const { rows } = await store.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [SEARCH_APPLICATION]);
  return rows.reduce((sum, { pid }) => sum + (procStat(pid)?.own ?? 0), 0);
}

/** Queries of 1–3 content words from titles spread over the corpus (as in ingest-search.bench.ts). */
function queriesFromTitles(count: number): string[] {
  const titles = [...saudiRecords()].map((r) => r.title).filter((t) => t && t.length > 10);
  const step = Math.max(1, Math.floor(titles.length / count));
  const queries: string[] = [];
  for (let i = 0; queries.length < count && i < titles.length; i += step) {
    const words = titles[i].split(/\s+/).filter((w) => w.length > 2 && !isStopWord(searchKey(w)));
    if (words.length > 0) queries.push(words.slice(0, 1 + (queries.length % 3)).join(' '));
  }
  return queries;
}

interface WorkerTimes {
  wall: number;
  /** On a CPU, and waiting in the run queue for one (other processes had it), from /proc/PID/schedstat. */
  running: number;
  runQueue: number;
  /** The same, sampled while it ran (`at` in ms since the epoch): the steady window is cut from them. */
  series: Array<{ at: number; running: number; runQueue: number }>;
}

const SCHEDSTAT_EVERY_MS = 100;

/** Run and run-queue seconds of a process so far (Linux); undefined once it is gone. */
function schedstat(pid: number): { running: number; runQueue: number } | undefined {
  try {
    const [running, runQueue] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return { running: running / 1e9, runQueue: runQueue / 1e9 };
  } catch {
    return undefined;
  }
}

/** A `marsad worker --until-idle` process; its times are sampled until it exits (the last 100 ms are lost). */
function runWorkerProcess(url: string): Promise<WorkerTimes> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--db', url, '--until-idle'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let last = { running: NaN, runQueue: NaN };
    const series: WorkerTimes['series'] = [];
    const sampler = setInterval(() => {
      const now = child.pid ? schedstat(child.pid) : undefined;
      if (now) series.push({ at: Date.now(), ...now });
      last = now ?? last;
    }, SCHEDSTAT_EVERY_MS);
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ wall: (Date.now() - started) / 1000, ...last, series });
      else reject(new Error(`worker exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

async function timedSearch(store: PostgresStore, query: string): Promise<number> {
  const started = process.hrtime.bigint();
  await searchArchive(store, query, { limit: 10 });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function runWith(server: TestPostgres, workers: number, maxDocuments: number, queries: string[]): Promise<RunResult> {
  const url = await server.createDatabase(`scale_${workers}`);
  const queueing = await PostgresStore.open(url);
  const queued = await enqueuePaths([SAUDINEWSNET], queueing, { jobSize: JOB_SIZE, maxDocuments, onRejected: () => {} });
  await queueing.close();
  const store = await PostgresStore.open(`${url}?application_name=${SEARCH_APPLICATION}`);
  const started = process.hrtime.bigint();
  const workerCpuBefore = reapedChildrenSeconds();
  const postgresCpuBefore = postgresSeconds(server.pid);
  let running = true;
  const done = Promise.all(Array.from({ length: workers }, () => runWorkerProcess(url))).finally(() => { running = false; });
  done.catch(() => {});
  const duringIngest: number[] = [];
  let lockWaitSamples = 0;
  let samples = 0;
  for (let i = 0; running; i++) {
    duringIngest.push(await timedSearch(store, queries[i % queries.length]));
    const { rows: [waiting] } = await store.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
    samples++;
    if (waiting.n > 0) lockWaitSamples++;
    await new Promise((r) => setTimeout(r, QUERY_EVERY_MS));
  }
  const times = await done;
  const workerCpu = reapedChildrenSeconds() - workerCpuBefore;
  // Read before the search backends end: their CPU is the bench's, not the ingest's.
  const postgresCpu = postgresSeconds(server.pid) - postgresCpuBefore;
  const searchCpu = await searchBackendSeconds(store);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Busy time: first job taken to last job finished (leaves out the workers' start-up).
  const steady = await steadyWindow(store);
  const { rows: [window] } = await store.pool.query<{ seconds: number; waited: number; idle: number }>(
    `SELECT extract(epoch FROM max(finished_at) - min(started_at))::float8 AS seconds,
       coalesce(sum((result ->> 'waitedMs')::float8), 0) / 1000 AS waited,
       coalesce(sum((result ->> 'idleForTurnMs')::float8), 0) / 1000 AS idle FROM jobs`);
  await store.close();
  return { workers, documents: queued.documents, busySeconds: window.seconds, steadyRate: steady.documents / steady.seconds, steady,
    wallSeconds, duringIngest, workerCpu,
    postgresCpu: postgresCpu - searchCpu, searchCpu, lockWaitSamples, samples, turnWaitSeconds: window.waited,
    idleForTurnSeconds: window.idle, times };
}

/**
 * A worker's first job carries its start-up: the model loads and the JIT warms up (about 2 s of CPU
 * on this machine, a few hundred documents' worth). Steady throughput counts the jobs finished after
 * every worker finished its first one.
 */
interface SteadyWindow {
  /** ms since the epoch: when the last worker finished its first job, and when the last job finished. */
  from: number;
  to: number;
  seconds: number;
  documents: number;
}

async function steadyWindow(store: PostgresStore): Promise<SteadyWindow> {
  const { rows } = await store.pool.query<{ worker: string; finished: Date; documents: number }>(
    `SELECT leased_by AS worker, finished_at AS finished,
       ((result ->> 'ingested')::int + (result ->> 'duplicates')::int + (result ->> 'rejected')::int) AS documents
     FROM jobs WHERE state = 'done' ORDER BY finished_at`);
  const firstDone = new Map<string, number>();
  for (const row of rows) if (!firstDone.has(row.worker)) firstDone.set(row.worker, row.finished.getTime());
  const warm = Math.max(...firstDone.values());
  const after = rows.filter((row) => row.finished.getTime() > warm);
  const to = after.length > 0 ? after[after.length - 1].finished.getTime() : warm;
  return { from: warm, to, seconds: (to - warm) / 1000, documents: after.reduce((sum, row) => sum + row.documents, 0) };
}

/**
 * What the run would take on this machine with nobody else on it: each worker needs its measured
 * time on a CPU plus its time asleep, and all of them with PostgreSQL need their CPU time within the
 * machine's cores. A model, printed as one: waits for other processes are what it leaves out.
 */
function idleMachineSeconds(result: RunResult): number {
  const perWorker = result.times.map((t) => t.wall - t.runQueue);
  const running = result.times.reduce((sum, t) => sum + t.running, 0);
  return Math.max(...perWorker, (running + result.postgresCpu) / cpus().length);
}

/** A worker's run and run-queue seconds at a time: its last sample before it. */
function timesAt(series: WorkerTimes['series'], at: number): { running: number; runQueue: number } {
  let found = series[0] ?? { running: NaN, runQueue: NaN };
  for (const sample of series) if (sample.at <= at) found = sample;
  return found;
}

/**
 * The same model over the steady window only, in documents per second: each worker's start-up, and
 * at the end the first workers waiting for the last one's job (with --until-idle), are left out.
 * PostgreSQL's CPU in the window is taken as its share of the documents.
 */
function steadyIdleMachineRate(result: RunResult): number {
  const { from, to, documents } = result.steady;
  const perWorker = result.times.map((t) => {
    const [start, end] = [timesAt(t.series, from), timesAt(t.series, to)];
    return { running: end.running - start.running, busy: (to - from) / 1000 - (end.runQueue - start.runQueue) };
  });
  const running = perWorker.reduce((sum, w) => sum + w.running, 0);
  const postgres = result.postgresCpu * documents / result.documents;
  return documents / Math.max(...perWorker.map((w) => w.busy), (running + postgres) / cpus().length);
}

function latencyLine(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms (${sorted.length} queries)`;
}

// ── Control: how much parallel work this machine gives us right now ──────────────────────────
// The pipeline alone (no database) in 1 process, then in 2 at once. On an idle 2-core machine two
// take as long as one (2.0x the work per second); when other processes hold the cores, less. The
// workers' speed-up is read against this ceiling.

/** Child mode (`--control`): process documents, print the seconds the timed ones took. */
async function controlChild(): Promise<void> {
  const documents: RawDocument[] = [];
  for await (const item of readSources([SAUDINEWSNET])) {
    if (item.kind === 'document') documents.push(item.document);
    if (documents.length >= CONTROL_WARM_UP + CONTROL_TIMED) break;
  }
  const run = (slice: RawDocument[]) => {
    for (const document of slice) {
      try { prepareForStore(processDocument(document), document); } catch { /* rejected inputs cost time too */ }
    }
  };
  run(documents.slice(0, CONTROL_WARM_UP));
  const started = performance.now();
  run(documents.slice(CONTROL_WARM_UP));
  process.stdout.write(`${(performance.now() - started) / 1000}\n`);
}

function controlProcess(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--control'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`control run exited ${code}`))));
  });
}

/** Work per second of 2 pipeline processes at once, relative to 1. */
async function parallelCeiling(): Promise<number> {
  const one = await controlProcess();
  const two = Math.max(...await Promise.all([controlProcess(), controlProcess()]));
  return (2 * one) / two;
}

if (process.argv.includes('--control')) await controlChild();

export default async function bench(): Promise<void> {
  requireData(SAUDINEWSNET);
  const maxDocuments = Number(process.env.MARSAD_BENCH_DOCS ?? Number.POSITIVE_INFINITY);
  const counts = (process.env.MARSAD_BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
  const queries = queriesFromTitles(200);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
  const ceilingBefore = await parallelCeiling();
  console.log(`control: 2 pipeline processes do ${ceilingBefore.toFixed(2)}x the work of 1 on this machine now (2.00x when it is idle)`);
  const server = await startTestPostgres({ durable: true });
  try {
    const results: RunResult[] = [];
    for (const workers of counts) {
      const result = await runWith(server, workers, maxDocuments, queries);
      results.push(result);
      const rate = result.documents / result.busySeconds;
      const base = results[0].documents / results[0].busySeconds;
      console.log(`workers ${workers}: ${result.documents} documents in ${result.busySeconds.toFixed(1)} s busy ` +
        `(${result.wallSeconds.toFixed(1)} s with start-up): ${rate.toFixed(0)} documents/s, ${(rate / base).toFixed(2)}x one worker; ` +
        `steady (after warm-up) ${result.steadyRate.toFixed(0)} documents/s, ${(result.steadyRate / results[0].steadyRate).toFixed(2)}x; ` +
        `load average ${loadavg()[0].toFixed(1)}`);
      console.log(`  cpu: workers ${result.workerCpu.toFixed(1)} s (${(1000 * result.workerCpu / result.documents).toFixed(2)} ms/document), ` +
        `PostgreSQL ${result.postgresCpu.toFixed(1)} s (${(1000 * result.postgresCpu / result.documents).toFixed(2)} ms/document; ` +
        `its searches for this bench ${result.searchCpu.toFixed(1)} s more); ` +
        `a writer waited on a lock in ${result.lockWaitSamples} of ${result.samples} samples; ` +
        `processed jobs waited ${result.turnWaitSeconds.toFixed(1)} s in all for their turn to be stored, ` +
        `workers slept ${result.idleForTurnSeconds.toFixed(1)} s in all with nothing else to do meanwhile`);
      const sum = (key: 'wall' | 'running' | 'runQueue') => result.times.reduce((total, t) => total + t[key], 0);
      const asleep = sum('wall') - sum('running') - sum('runQueue');
      console.log(`  worker time: ${sum('wall').toFixed(1)} s alive = ${sum('running').toFixed(1)} s on a CPU + ` +
        `${sum('runQueue').toFixed(1)} s waiting for a CPU (other processes) + ${asleep.toFixed(1)} s asleep (database round trips, turns, start-up)`);
      console.log(`  search during ingest: ${latencyLine(result.duringIngest)}`);
      const model = idleMachineSeconds(result);
      console.log(`  idle-machine model: ~${model.toFixed(1)} s, ${(idleMachineSeconds(results[0]) / model).toFixed(2)}x one worker ` +
        '(each worker on a core of its own, its time on a CPU and asleep as measured; workers and PostgreSQL within the cores); ' +
        `over the steady window ${steadyIdleMachineRate(result).toFixed(0)} documents/s, ` +
        `${(steadyIdleMachineRate(result) / steadyIdleMachineRate(results[0])).toFixed(2)}x`);
    }
    const ceilingAfter = await parallelCeiling();
    console.log(`control again: ${ceilingAfter.toFixed(2)}x`);
    const two = results.find((r) => r.workers === 2);
    if (two) {
      const speedUp = two.steadyRate / results[0].steadyRate;
      const ceiling = (ceilingBefore + ceilingAfter) / 2;
      const model = idleMachineSeconds(results[0]) / idleMachineSeconds(two);
      const steadyModel = steadyIdleMachineRate(two) / steadyIdleMachineRate(results[0]);
      console.log(`2 workers: ${speedUp.toFixed(2)}x one worker measured (steady), while the control allowed ${ceiling.toFixed(2)}x; ` +
        `idle-machine model ${model.toFixed(2)}x, over the steady window ${steadyModel.toFixed(2)}x (target 1.7x)`);
    }
    const last = await PostgresStore.open(server.urlFor(`scale_${counts[counts.length - 1]}`));
    const idle: number[] = [];
    for (const q of queries) idle.push(await timedSearch(last, q));
    console.log(`search idle (${(await last.stats()).articles} articles): ${latencyLine(idle)}`);
    await last.close();
  } finally {
    await server.stop();
  }
}
