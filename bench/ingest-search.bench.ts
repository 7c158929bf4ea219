// Foundation benchmark: ingest all of SaudiNewsNet into a fresh SQLite database with `marsad
// ingest` itself (bin/marsad in a child process, as a user runs it: the build in lib/ when it is
// fresh), then run 200 real queries taken from titles. Prints articles/s, the command's peak RSS
// and CPU time, the database size, and search latency p50/p95/p99.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResourceReport } from '../src/cli/resource-report.ts';
import { searchArchive } from '../src/search/service.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { isStopWord, searchKey } from '../src/text/index.ts';
// @ts-expect-error: a plain JavaScript module without type declarations
import { isBuildFresh } from '../scripts/build-freshness.mjs';
import { mb, percentile, saudiRecords, SAUDINEWSNET, requireData } from './data.ts';

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** 200 queries of 1–3 content words from titles spread over the whole corpus. */
function queriesFromTitles(count: number): string[] {
  const titles = [...saudiRecords()].map((r) => r.title).filter((t) => t && t.length > 10);
  const step = Math.max(1, Math.floor(titles.length / count));
  const queries: string[] = [];
  for (let i = 0; queries.length < count && i < titles.length; i += step) {
    const words = titles[i].split(/\s+/).filter((w) => w.length > 2 && !isStopWord(searchKey(w)));
    const size = 1 + (queries.length % 3);
    if (words.length > 0) queries.push(words.slice(0, size).join(' '));
  }
  return queries;
}

interface IngestRun {
  label: string;
  args: string[];
}

// The foundation pipeline (extract, index, dedup and stories) and the full one (plus entities and
// quotes); each into its own fresh database, so both figures are end to end.
const RUNS: IngestRun[] = [
  { label: 'foundation (--skip entities,quotes,dates,amounts)', args: ['--skip', 'entities,quotes,dates,amounts'] },
  { label: 'full analysis', args: [] },
];

const BIN = fileURLToPath(new URL('../bin/marsad', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface CommandRun { code: number; stdout: string; stderrLines: number; seconds: number }

/** Runs bin/marsad with these arguments; stderr (one line per rejected record) is only counted. */
function marsad(args: string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderrLines = 0;
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderrLines += text.split('\n').length - 1; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderrLines, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

async function ingestRun(run: IngestRun, dbPath: string, reportPath: string): Promise<void> {
  const result = await marsad(['ingest', SAUDINEWSNET, '--db', dbPath, ...run.args], { ...process.env, MARSAD_RESOURCE_REPORT: reportPath });
  const counts = /ingested (\d+) duplicates (\d+) rejected (\d+)/.exec(result.stdout);
  if (result.code !== 0 || !counts) throw new Error(`marsad ingest failed (exit ${result.code}): ${result.stdout.trim()}`);
  const [ingested, duplicates, rejected] = counts.slice(1).map(Number);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ResourceReport;
  console.log(`\ningest, ${run.label}: ${ingested} ingested, ${duplicates} duplicates, ${rejected} rejected (${result.stderrLines} messages) in ${result.seconds.toFixed(1)} s`);
  console.log(`  throughput: ${((ingested + duplicates + rejected) / result.seconds).toFixed(0)} articles/s (CPU ${(report.userCpuSeconds + report.systemCpuSeconds).toFixed(1)} s over all threads)`);
  console.log(`  peak RSS: ${mb(report.maxRssBytes)} (the marsad process: main thread and workers)`);
  console.log(`  database size: ${mb(fileSize(dbPath) + fileSize(`${dbPath}-wal`))}`);
}

async function searchLatency(store: SqliteStore): Promise<void> {
  const queries = queriesFromTitles(200);
  for (const q of queries.slice(0, 20)) await searchArchive(store, q); // warm the page cache
  const latencies: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    const result = await searchArchive(store, q, { limit: 10 });
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (result.total > 0) hits++;
  }
  latencies.sort((a, b) => a - b);
  console.log(`\nsearch: ${queries.length} queries from titles, ${hits} with results`);
  console.log(`search latency: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`);
}

export default async function bench(): Promise<void> {
  requireData(SAUDINEWSNET);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const only = process.env.MARSAD_BENCH_INGEST;
  console.log(isBuildFresh(ROOT) ? 'marsad runs the build in lib/' : 'marsad runs the sources through tsx (lib/ is missing or older than src/: npm run build)');
  try {
    let last: string | undefined;
    for (const [i, run] of RUNS.entries()) {
      if (only && !run.label.startsWith(only)) continue;
      last = join(dir, `bench-${i}.db`);
      await ingestRun(run, last, join(dir, `resources-${i}.json`));
    }
    if (last) {
      const store = new SqliteStore(last);
      await searchLatency(store);
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
