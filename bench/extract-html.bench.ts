// Pages per second for Marsad's HTML extraction and for Readability.js (over linkedom) on the
// same pages of ../shared/data/extraction-trafilatura, in one run. Both extractors get the same
// decoded text; decoding is timed on its own. Each extractor runs over all pages in turn (not
// interleaved), so one's garbage collection does not land in the other's time.

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

  let start = performance.now();
  const pages: string[] = [];
  for (const bytes of raw) {
    try { pages.push(decodeBytes(bytes).text); } catch { pages.push(''); }
  }
  const decodeSeconds = (performance.now() - start) / 1000;

  const extractor = new HtmlExtractor();
  start = performance.now();
  let paragraphs = 0;
  for (const html of pages) paragraphs += extractor.extract(html).paragraphs.length;
  const marsadSeconds = (performance.now() - start) / 1000;

  const readability = await ReadabilityRunner.load();
  let readabilitySeconds = NaN;
  if (readability) {
    start = performance.now();
    for (const html of pages) readability.run(html);
    readabilitySeconds = (performance.now() - start) / 1000;
  }

  const rate = (seconds: number) => (pages.length / seconds).toFixed(1);
  console.log(`extract-html: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML`);
  console.log(`  decode          ${rate(decodeSeconds)} pages/s`);
  console.log(`  marsad          ${rate(marsadSeconds)} pages/s  (${(megabytes / marsadSeconds).toFixed(1)} MB/s, ${paragraphs} paragraphs)`);
  if (readability) {
    console.log(`  readability.js  ${rate(readabilitySeconds)} pages/s  (${(megabytes / readabilitySeconds).toFixed(1)} MB/s)`);
    console.log(`  marsad/readability speed ratio ${(readabilitySeconds / marsadSeconds).toFixed(2)}x`);
  } else {
    console.log('  readability.js  not installed (dev dependency): skipped');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  bench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
