// `marsad eval extract --dataset DIR`: main-text extraction quality on a set laid out like
// trafilatura's benchmark, Marsad and Readability.js side by side on the same pages. The last
// line is the DESIGN.md contract: `extract precision=P recall=R f1=F pages=N` (Marsad's).

import { existsSync } from 'node:fs';
import { MarsadError } from '../../core/errors.ts';
import { decodeBytes } from '../../extract/decode/index.ts';
import { loadGold, readPageBytes } from '../../extract/html/eval/dataset.ts';
import { MarsadRunner } from '../../extract/html/eval/marsad-runner.ts';
import { ReadabilityRunner } from '../../extract/html/eval/readability-runner.ts';
import {
  addCounts, countSnippets, emptyTally, scores, tallyMetadata,
  type Counts, type MetadataTally,
} from '../../extract/html/eval/score.ts';

const USAGE = 'usage: marsad eval extract --dataset DIR [--no-readability] [--limit N]';

interface Options {
  dataset: string;
  readability: boolean;
  limit?: number;
}

function parseArgs(args: string[]): Options {
  let dataset: string | undefined;
  let readability = true;
  let limit: number | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === 'extract' && i === 0) continue;
    if (arg === '--dataset') dataset = args[++i];
    else if (arg.startsWith('--dataset=')) dataset = arg.slice('--dataset='.length);
    else if (arg === '--no-readability') readability = false;
    else if (arg === '--limit') limit = Number(args[++i]);
    else throw new MarsadError('usage', `unknown argument ${arg}; ${USAGE}`);
  }
  if (!dataset) throw new MarsadError('usage', `--dataset is required; ${USAGE}`);
  if (limit !== undefined && !(limit > 0)) throw new MarsadError('usage', `--limit takes a positive number; ${USAGE}`);
  if (!existsSync(dataset)) throw new MarsadError('not_found', `dataset directory not found: ${dataset}`);
  return { dataset, readability, limit };
}

interface Tally {
  counts: Counts;
  metadata: MetadataTally;
  ms: number;
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const gold = loadGold(options.dataset).slice(0, options.limit);
  const marsad = new MarsadRunner();
  const readability = options.readability ? await ReadabilityRunner.load() : undefined;
  const ours: Tally = { counts: { tp: 0, fn: 0, fp: 0, tn: 0 }, metadata: emptyTally(), ms: 0 };
  const theirs: Tally = { counts: { tp: 0, fn: 0, fp: 0, tn: 0 }, metadata: emptyTally(), ms: 0 };

  // One extractor over all pages, then the other: interleaving them would bill one's garbage
  // collection to the other's time.
  for (const page of gold) {
    const bytes = readPageBytes(options.dataset, page.file);
    const start = process.cpuUsage();
    const output = marsad.run(bytes, page.url);
    ours.ms += cpuMs(start);
    addCounts(ours.counts, countSnippets(page, output.text));
    tallyMetadata(ours.metadata, page, output);
  }
  if (readability) {
    for (const page of gold) {
      const bytes = readPageBytes(options.dataset, page.file);
      const start = process.cpuUsage();
      let html = '';
      try { html = decodeBytes(bytes).text; } catch { /* binary: Readability gets nothing either */ }
      const other = readability.run(html);
      theirs.ms += cpuMs(start);
      addCounts(theirs.counts, countSnippets(page, other.text));
      tallyMetadata(theirs.metadata, page, other);
    }
  }

  const rows: string[][] = [['extractor', 'precision', 'recall', 'f1', 'title', 'date', 'authors', 'wrong-authors', 'pages/CPU-s']];
  rows.push(row('marsad', ours, gold.length));
  if (readability) rows.push(row('readability.js', theirs, gold.length));
  else console.log(options.readability ? 'readability.js: not installed (dev dependency); comparison skipped' : 'readability.js: skipped (--no-readability)');
  printTable(rows);
  const s = scores(ours.counts);
  console.log(`extract precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} f1=${s.f1.toFixed(3)} pages=${gold.length}`);
  return 0;
}

/** CPU milliseconds since `start`: the wall clock on a shared machine also counts others' work. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function row(name: string, tally: Tally, pages: number): string[] {
  const s = scores(tally.counts);
  const m = tally.metadata;
  const share = (right: number, total: number) => (total === 0 ? '-' : `${(right / total).toFixed(3)} (${right}/${total})`);
  return [
    name, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3),
    share(m.titleRight, m.titleGold), share(m.dateRight, m.dateGold), share(m.authorsRight, m.authorsGold),
    String(m.authorsWrong), (pages / (tally.ms / 1000)).toFixed(1),
  ];
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}
