// Pages per second for Marsad's HTML extraction and for Readability.js (over linkedom) on the
// same pages of ../shared/data/extraction-trafilatura, in one run. Both extractors get the same
// decoded text; decoding is timed on its own. Each extractor runs over all pages in turn (not
// interleaved), so one's garbage collection does not land in the other's time. Rates are given
// per CPU second (process.cpuUsage) as well as per wall-clock second: on a shared machine the
// wall clock also counts other people's work.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from '../src/extract/decode/index.ts';
import { HtmlExtractor } from '../src/extract/html/index.ts';
import { ReadabilityRunner } from '../src/extract/html/eval/readability-runner.ts';

const DATASET = resolve(process.cwd(), '../shared/data/extraction-trafilatura/html');

export default async function bench(): Promise<void> {
  if (!existsSync(DATASET)) throw new Error(`bench data missing: ${DATASET}`);
  const files = readdirSync(DATASET).filter((f) => f.endsWith('.gz') || f.endsWith('.html')).sort();
  const raw = files.map((f) => (f.endsWith('.gz') ? gunzipSync(readFileSync(join(DATASET, f))) : readFileSync(join(DATASET, f))));
  const megabytes = raw.reduce((n, b) => n + b.length, 0) / 1e6;

  const pages: string[] = [];
  const decode = timed(() => {
    for (const bytes of raw) {
      try { pages.push(decodeBytes(bytes).text); } catch { pages.push(''); }
    }
  });

  const extractor = new HtmlExtractor();
  let paragraphs = 0;
  const marsad = timed(() => {
    for (const html of pages) paragraphs += extractor.extract(html).paragraphs.length;
  });

  const readability = await ReadabilityRunner.load();
  const other = readability ? timed(() => { for (const html of pages) readability.run(html); }) : undefined;

  const rate = (t: Timing) => `${(pages.length / t.cpu).toFixed(1)} pages/CPU-s, ${(pages.length / t.wall).toFixed(1)} pages/s wall`;
  console.log(`extract-html: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML`);
  console.log(`  decode          ${rate(decode)}`);
  console.log(`  marsad          ${rate(marsad)}  (${(megabytes / marsad.cpu).toFixed(1)} MB/CPU-s, ${paragraphs} paragraphs)`);
  if (other) {
    console.log(`  readability.js  ${rate(other)}  (${(megabytes / other.cpu).toFixed(1)} MB/CPU-s)`);
    console.log(`  marsad/readability speed ratio ${(other.cpu / marsad.cpu).toFixed(2)}x CPU, ${(other.wall / marsad.wall).toFixed(2)}x wall`);
  } else {
    console.log('  readability.js  not installed (dev dependency): skipped');
  }
}

interface Timing {
  /** Seconds of CPU (user + system) this process used. */
  cpu: number;
  wall: number;
}

function timed(work: () => void): Timing {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  work();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wallStart) / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  bench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
