// The reader and the API under load: all of SaudiNewsNet in an archive, `marsad serve` in its own
// process, autocannon with 50 concurrent connections. Each scenario cycles through many different
// URLs (200 articles, 200 queries from titles…), so caches see what real traffic gives them; each
// distinct-query scenario has queries of its own, never asked by another scenario, and asks each once.
// Prints requests/s, p50/p95/p99 latency and the server's CPU per request for each scenario, and the page sizes.
// Run: npm run bench -- http   (MARSAD_BENCH_DB=path reuses an archive instead of ingesting one;
// MARSAD_BENCH_WORKERS=N serves with N workers, default as `marsad serve`: one per core; MARSAD_BENCH_SECONDS sets each scenario's length;
// MARSAD_BENCH_ONLY=search runs only the scenarios whose name has that word)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultWorkerCount } from '../src/http/cluster.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import { parseQuery } from '../src/search/query.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { isStopWord, searchKey } from '../src/text/index.ts';
import { percentile, requireData, SAUDINEWSNET } from './data.ts';

/** The part of autocannon's API used here (it ships no types). */
interface LoadRun extends PromiseLike<{ requests: { average: number }; non2xx: number; errors: number }> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (options: {
  url: string; connections: number; duration: number;
  requests: Array<{ setupRequest: (request: { path: string }) => { path: string } }>;
}) => LoadRun;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const CONNECTIONS = 50;
const SECONDS = Number(process.env.MARSAD_BENCH_SECONDS ?? 10);
/** The server counts as settled when it used less than this share of a core over a poll. */
const SETTLED_CPU_SHARE = 0.05;
const SETTLE_POLL_MS = 500;
const SETTLE_MAX_MS = 60_000;
/** Paths a scenario that asks each once spends on warming up. */
const WARM_UP_PATHS_ONCE = 500;
const SAMPLE = 200;
const BIN = resolve(fileURLToPath(new URL('../bin/marsad', import.meta.url)));

interface Scenario {
  name: string;
  paths: string[];
  /** One connection shows what a request costs without a queue in front of it. */
  connections?: number;
  /**
   * Each path is asked once: the measured run ends when the list does (SECONDS does not apply), so
   * no answer comes from the server's 60-second cache of answers it gave before.
   */
  once?: boolean;
}

async function archive(): Promise<{ db: string; cleanup: () => void }> {
  const reuse = process.env.MARSAD_BENCH_DB;
  if (reuse) {
    if (!existsSync(reuse)) throw new Error(`MARSAD_BENCH_DB=${reuse} does not exist`);
    return { db: reuse, cleanup: () => {} };
  }
  requireData(SAUDINEWSNET);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-http-bench-'));
  const db = join(dir, 'bench.db');
  const store = new SqliteStore(db);
  const started = performance.now();
  const summary = await ingestPaths([SAUDINEWSNET], store);
  await store.close();
  console.log(`archive: ingested ${summary.ingested} articles in ${((performance.now() - started) / 1000).toFixed(0)} s (not timed below)`);
  return { db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Samples {
  ids: string[];
  /** SAMPLE queries, cycled: each is asked many times in a run, as popular queries are. */
  queries: string[];
  /**
   * Every distinct query the archive's titles give, in an order that walks the whole archive. Each
   * distinct scenario takes its own slice, so no scenario meets an answer another one left in the
   * server's caches (they keep answers for 60 s, and the API shares them with the reader).
   */
  distinct: string[];
  entities: string[];
  articles: number;
}

/** Strides (primes) of the passes that make distinct queries from titles. */
const DISTINCT_STRIDES = [7919, 104_729, 1_299_709];

/** Articles read per listArticles call while collecting titles (the store's largest page). */
const TITLE_PAGE = 1000;

/** 1–3 content words of a title, the way people search for a story they saw. */
function queryFrom(title: string, words: number): string {
  return title.split(/\s+/).filter((w) => w.length > 2 && !isStopWord(searchKey(w))).slice(0, words).join(' ');
}

/** Element i·stride mod n for i = 0…n-1 (stride coprime to n): every element once, neighbours far apart. */
function strided<T>(items: T[], stride = 7919): T[] {
  const n = items.length;
  let step = stride % Math.max(1, n);
  while (n > 1 && gcd(step, n) !== 1) step++;
  return items.map((_, i) => items[(i * step) % n]);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Articles spread over the archive, queries from their titles, entities by mentions. */
async function samples(db: string): Promise<Samples> {
  const store = new SqliteStore(db);
  try {
    const total = (await store.stats()).articles;
    const all: Array<{ id: string; title: string }> = [];
    for (let offset = 0; offset < total; offset += TITLE_PAGE) all.push(...(await store.listArticles({ limit: TITLE_PAGE, offset })).items);
    const every = Math.max(1, Math.floor(all.length / SAMPLE));
    const sampled = all.filter((_, i) => i % every === 0).slice(0, SAMPLE);
    const queries = sampled.map((a, i) => queryFrom(a.title, 1 + (i % 3))).filter((query) => query.length > 0);
    // Three passes over the archive, each in its own order, each asking a title for another number of
    // words: enough distinct queries that no scenario runs out on a fast server (the first pass is the
    // whole list this bench used before, so its first slice asks what it asked before).
    const passes = DISTINCT_STRIDES.map((stride, pass) => strided(all, stride).map((a, i) => queryFrom(a.title, 1 + ((i + pass) % 3))));
    const distinct = [...new Set(passes.flat().filter((query) => query.length > 0))];
    const entities = (await store.listEntities({ limit: 50 })).items.map((e) => e.id);
    return { ids: sampled.map((a) => a.id), queries, distinct, entities, articles: total };
  } finally {
    await store.close();
  }
}

/**
 * The queries of a slice that have a page `page` of 10 hits: page 2 of a query with 7 hits is a
 * 404 now (a page past the last one), which would measure an error page instead of a result page.
 */
async function withPage(db: string, queries: string[], page: number): Promise<string[]> {
  const store = new SqliteStore(db);
  try {
    const kept: string[] = [];
    for (const query of queries) if ((await store.search(parseQuery(query), { limit: 1 })).total > (page - 1) * 10) kept.push(query);
    return kept;
  } finally {
    await store.close();
  }
}

/** The distinct-query pool cut into `parts` disjoint slices, one per scenario. */
function slices<T>(items: T[], parts: number): T[][] {
  const size = Math.floor(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** MARSAD_BENCH_WORKERS=N serves with N processes (1: no cluster); unset, as many as `marsad serve` starts. */
const WORKERS = Number(process.env.MARSAD_BENCH_WORKERS ?? defaultWorkerCount());

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const MS_PER_CLOCK_TICK = 10;

function processCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_CLOCK_TICK;
}

/**
 * CPU (user + system) the server has used so far: the `marsad serve` process and its children (the
 * cluster workers). Wall-clock latency on a shared machine says as much about the neighbours as
 * about the server; CPU per request does not. Undefined where there is no /proc.
 */
function serverCpuMs(pid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children].reduce((sum, p) => sum + processCpuMs(p), 0);
  } catch {
    return undefined;
  }
}

/** `marsad serve` as a user starts it, in its own process(es), so the bench's own CPU is not the server's. */
async function startServer(db: string): Promise<{ url: string; cpuMs: () => number | undefined; stop: () => void }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--workers', String(WORKERS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /serving the reader at (http:\/\/\S+?)\/? /.exec(out);
      if (match) resolvePromise({ url: match[1], cpuMs: () => serverCpuMs(child.pid!), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`marsad serve exited (${code})`)));
  });
}

/**
 * Waits until the server has finished its start-up work (each worker ranks the commonest words once
 * it listens), so that work is reported here and not charged to the first scenario.
 */
async function settled(cpuMs: () => number | undefined): Promise<void> {
  const started = performance.now();
  const first = cpuMs();
  if (first === undefined) return;
  let last = first;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const now = cpuMs() ?? last;
    const waited = performance.now() - started;
    if (now - last < SETTLE_POLL_MS * SETTLED_CPU_SHARE || waited > SETTLE_MAX_MS) {
      console.log(`server settled ${(waited / 1000).toFixed(1)} s after it listened, using ${((now - first) / 1000).toFixed(1)} s of CPU meanwhile (search warm-up)`);
      return;
    }
    last = now;
  }
}

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Requests (warm-up included) past the first round of the paths: each asked for a URL asked before. */
  repeats: number;
  responses: number;
}

/** The warm-up and the measured run share one cursor: a distinct query warmed up is not measured. */
async function load(url: string, paths: string[], seconds: number, cursor: { next: number }, connections = CONNECTIONS, amount?: number): Promise<Measured> {
  const latencies: number[] = [];
  const instance = autocannon({
    url, connections, duration: seconds, ...(amount === undefined ? {} : { amount }),
    requests: [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[cursor.next++ % paths.length] }) }],
  });
  const started = performance.now();
  let lastAnswer = started;
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
    lastAnswer = performance.now();
  });
  const result = await instance;
  // Up to the last answer: autocannon ends a run on its one-second tick, so a run of `amount` requests idles until the next.
  const elapsed = (lastAnswer - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: elapsed > 0 ? latencies.length / elapsed : 0, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
    non2xx: result.non2xx, errors: result.errors, repeats: Math.max(0, cursor.next - paths.length), responses: latencies.length,
  };
}

async function pageSizes(url: string, paths: Record<string, string>): Promise<void> {
  for (const [name, path] of Object.entries(paths)) {
    const plain = await fetch(`${url}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
    const bytes = (await plain.arrayBuffer()).byteLength;
    const zipped = await fetch(`${url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    const length = Number(zipped.headers.get('content-length') ?? NaN);
    console.log(`  ${name.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(6)} KB${Number.isFinite(length) ? ` (gzip ${(length / 1024).toFixed(1)} KB)` : ''}`);
  }
}

export default async function bench(): Promise<void> {
  const { db, cleanup } = await archive();
  const { ids, queries, distinct, entities, articles } = await samples(db);
  const server = await startServer(db);
  await settled(server.cpuMs);
  const q = encodeURIComponent;
  try {
    const [pageOne, pageTwoSlice, api, pageThreeSlice] = slices(distinct, 4);
    const pageTwo = await withPage(db, pageTwoSlice, 2);
    const oneConnection = await withPage(db, pageThreeSlice, 3);
    console.log(`http bench: ${articles} articles; ${WORKERS > 1 ? `marsad serve --workers ${WORKERS}` : 'one marsad serve process'}; ${CONNECTIONS} connections, ${SECONDS} s a scenario; ${ids.length} articles `
      + `and ${queries.length} queries cycled, ${distinct.length} distinct queries (${pageOne.length} per distinct scenario; ${pageTwo.length} and ${oneConnection.length} of theirs have a page 2 and 3); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const scenarios: Scenario[] = [
      { name: 'home', paths: ['/'] },
      { name: 'article page', paths: ids.map((id) => `/articles/${q(id)}`) },
      { name: 'search page, cycled', paths: queries.map((query) => `/search?q=${q(query)}`) },
      { name: 'search page, distinct', paths: pageOne.map((query) => `/search?q=${q(query)}`), once: true },
      { name: 'search page 2, distinct', paths: pageTwo.map((query) => `/search?q=${q(query)}&page=2`), once: true },
      { name: 'api article', paths: ids.map((id) => `/api/articles/${q(id)}`) },
      { name: 'api articles list', paths: ids.map((_, i) => `/api/articles?page=${1 + (i % 50)}`) },
      { name: 'api search, distinct', paths: api.map((query) => `/api/search?q=${q(query)}`), once: true },
      { name: 'api sources', paths: ['/api/sources'] },
    ];
    if (entities.length > 0) scenarios.push({ name: 'entity page', paths: entities.map((id) => `/entities/${q(id)}`) });
    scenarios.push(
      { name: 'article page, 1 conn', paths: [...ids].reverse().map((id) => `/articles/${q(id)}`), connections: 1 },
      { name: 'search distinct, 1 conn', paths: oneConnection.map((query) => `/search?q=${q(query)}&page=3`), connections: 1, once: true },
    );
    // "repeats": requests that asked for a URL the scenario had asked before (its list ran out), so may have come from a cache;
    // the distinct scenarios ask each of their queries once, so they have none.
    // "cpu ms": the server's CPU per answer during the measured run, all its processes together.
    console.log(`  ${'scenario'.padEnd(24)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  non-2xx  repeats  cpu ms  load`);
    const only = process.env.MARSAD_BENCH_ONLY;
    for (const scenario of scenarios.filter((s) => !only || s.name.includes(only))) {
      const cursor = { next: 0 };
      // Warm up (JIT, SQLite's page cache); a scenario that asks each path once warms up on its first few hundred.
      const warmUp = scenario.once ? Math.min(WARM_UP_PATHS_ONCE, Math.floor(scenario.paths.length / 10)) : undefined;
      await load(server.url, scenario.paths, 2, cursor, scenario.connections, warmUp);
      const cpuBefore = server.cpuMs();
      const m = await load(server.url, scenario.paths, SECONDS, cursor, scenario.connections, scenario.once ? scenario.paths.length - cursor.next : undefined);
      const cpuAfter = server.cpuMs();
      const repeats = scenario.paths.length > 1 ? String(m.repeats) : '-';
      const cpu = cpuBefore === undefined || cpuAfter === undefined || m.responses === 0 ? '-' : ((cpuAfter - cpuBefore) / m.responses).toFixed(2);
      console.log(`  ${scenario.name.padEnd(24)} ${m.rps.toFixed(0).padStart(8)} ${m.p50.toFixed(1).padStart(8)} ${m.p95.toFixed(1).padStart(8)} `
        + `${m.p99.toFixed(1).padStart(8)}  ${String(m.non2xx + m.errors).padStart(7)}  ${repeats.padStart(7)}  ${cpu.padStart(6)}  ${loadavg()[0].toFixed(1)}`);
    }
    console.log('page sizes (HTML, before images; CSS+JS add about 9 KB once):');
    await pageSizes(server.url, { home: '/', 'search page': `/search?q=${q(queries[0])}`, 'article (sampled)': `/articles/${q(ids[0])}` });
  } finally {
    server.stop();
    cleanup();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
