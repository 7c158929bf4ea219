// Crawl benchmark: a local news site on 127.0.0.1 serving 1,000 SaudiNewsNet articles as HTML
// pages (built here from ../shared/data at run time), a sitemap index with its sitemaps, an RSS
// feed, and pages robots.txt forbids. `marsad ingest SITEMAP FEED --delay 0` crawls it the way a
// user would (robots.txt honoured, the full pipeline), then a second pass over the same feeds.
// Prints pages/s and wall time, and checks each article was fetched exactly once.
//   MARSAD_BENCH_PAGES=N  articles on the site (default 1000)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNewsSite, type SiteArticle } from '../src/crawl/testing/news-site.ts';
import { saudiRecords } from './data.ts';

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const PAGES = Number(process.env.MARSAD_BENCH_PAGES ?? 1000);

function siteArticles(count: number): SiteArticle[] {
  const articles: SiteArticle[] = [];
  for (const record of saudiRecords()) {
    const paragraphs = record.content.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
    if (!record.title || paragraphs.join(' ').length < 400) continue;
    const date = Date.parse(record.date_extracted);
    articles.push({ title: record.title, paragraphs, publishedAt: new Date(Number.isNaN(date) ? Date.now() : date).toISOString() });
    if (articles.length === count) break;
  }
  return articles;
}

interface Run {
  seconds: number;
  stdout: string;
  stderr: string;
  /** CPU seconds of the crawling process (all its threads) and its peak RSS, from /usr/bin/time where there is one. */
  cpuSeconds?: number;
  peakMb?: number;
}

/** GNU time writes the child's user and system CPU seconds and peak RSS (KB) here. */
const TIME = '/usr/bin/time';

function crawl(args: string[], dir: string): Promise<Run> {
  const started = performance.now();
  const timeFile = join(dir, 'time.txt');
  const command = [process.execPath, '--import', 'tsx', CLI, ...args];
  const timed = existsSync(TIME) ? [TIME, '-f', '%U %S %M', '-o', timeFile, ...command] : command;
  return new Promise((resolve, reject) => {
    const child = spawn(timed[0], timed.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`marsad ${args.join(' ')} exited ${code}: ${stderr}`));
      const run: Run = { seconds: (performance.now() - started) / 1000, stdout, stderr };
      if (existsSync(timeFile)) {
        const [user, system, peakKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        run.cpuSeconds = user + system;
        run.peakMb = peakKb / 1024;
      }
      resolve(run);
    });
  });
}

export default async function bench(): Promise<void> {
  const articles = siteArticles(PAGES);
  const site = await startNewsSite(articles, { feedSize: 100, sitemapSize: 250, privatePages: 20, linkSuffix: '?utm_source=sitemap' });
  const dir = mkdtempSync(join(tmpdir(), 'marsad-crawl-bench-'));
  try {
    const db = join(dir, 'crawl.db');
    const args = ['ingest', site.sitemapUrl, site.feedUrl, '--db', db, '--allow-private', '--delay', '0', '--concurrency', '16'];
    const load = loadavg()[0];
    const first = await crawl(args, dir);
    const fetches = [...site.articleFetches().values()];
    const once = fetches.filter((n) => n === 1).length;
    console.log(`site: ${articles.length} SaudiNewsNet articles as HTML, sitemap index + ${Math.ceil(articles.length / 250)} sitemaps, RSS feed of 100, 20 pages robots.txt forbids`);
    console.log(`first pass: ${first.stdout.trim()} in ${first.seconds.toFixed(1)} s wall (process start, model load and the full pipeline included): ` +
      `${(articles.length / first.seconds).toFixed(0)} pages/s`);
    if (first.cpuSeconds !== undefined) {
      console.log(`  CPU ${first.cpuSeconds.toFixed(1)} s across the crawler's threads (${(articles.length / first.cpuSeconds).toFixed(0)} pages per CPU-second), ` +
        `peak RSS ${first.peakMb!.toFixed(0)} MB; load average ${load.toFixed(1)} at the start (2 cores, shared)`);
    }
    console.log(`  ${first.stderr.split('\n').find((l) => l.includes('crawl:'))?.replace(/^marsad: /, '') ?? ''}`);
    console.log(`  articles fetched exactly once: ${once} of ${articles.length}; fetched more than once: ${fetches.length - once}; ` +
      `requests to pages robots.txt forbids: ${site.privateFetches()}`);
    const before = site.server.requests.length;
    const second = await crawl(args, dir);
    const articleRequests = site.server.requests.slice(before).filter((r) => r.path.startsWith('/news/')).length;
    console.log(`second pass over the same feeds: ${second.stdout.trim()} in ${second.seconds.toFixed(1)} s; article pages fetched again: ${articleRequests}`);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
