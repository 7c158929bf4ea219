// Foundation benchmark: ingest all of SaudiNewsNet into a fresh SQLite database through the real
// pipeline (the same code as `marsad ingest`), then run 200 real queries taken from titles.
// Prints articles/s, peak RSS, database size, and search latency p50/p95/p99.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisStage } from '../src/pipeline/analyze.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import { searchArchive } from '../src/search/service.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { isStopWord, searchKey } from '../src/text/index.ts';
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
  skip?: ReadonlySet<AnalysisStage>;
}

// The foundation pipeline (extract, index, dedup and stories) and the full one (plus entities and
// quotes); each into its own fresh database, so both figures are end to end.
const RUNS: IngestRun[] = [
  { label: 'foundation (--skip entities,quotes,dates,amounts)', skip: new Set(['entities', 'quotes', 'dates', 'amounts']) },
  { label: 'full analysis' },
];

async function ingestRun(run: IngestRun, dbPath: string): Promise<SqliteStore> {
  const store = new SqliteStore(dbPath);
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const summary = await ingestPaths([SAUDINEWSNET], store, { skip: run.skip });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const processed = summary.ingested + summary.duplicates + summary.rejected;
  console.log(`\ningest, ${run.label}: ${summary.ingested} ingested, ${summary.duplicates} duplicates, ${summary.rejected} rejected in ${seconds.toFixed(1)} s`);
  console.log(`  throughput: ${(processed / seconds).toFixed(0)} articles/s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s over all threads)`);
  console.log(`  database size: ${mb(fileSize(dbPath) + fileSize(`${dbPath}-wal`))}`);
  return store;
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
  try {
    let last: SqliteStore | undefined;
    for (const [i, run] of RUNS.entries()) {
      if (only && !run.label.startsWith(only)) continue;
      await last?.close();
      last = await ingestRun(run, join(dir, `bench-${i}.db`));
      console.log(`  peak RSS so far: ${mb(process.resourceUsage().maxRSS * 1024)} (main thread and workers)`);
    }
    if (last) await searchLatency(last);
    await last?.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
