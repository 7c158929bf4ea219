// Reads the SaudiNewsNet corpus (../shared/data/saudinewsnet/*.zip, one JSON array per zip) for the
// dedup evaluation, the floor test and the benchmark. The data never leaves ../shared/data.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { DedupInput } from '../../src/dedup/index.ts';

export interface SaudiNewsRecord {
  source: string;
  url: string;
  /** `YYYY-MM-DD hh:mm:ss`: when the crawler saw the page, our only time stamp for these articles. */
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export function saudiNewsNetDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, '../shared/data/saudinewsnet');
}

export function saudiNewsNetAvailable(dir: string = saudiNewsNetDir()): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.zip'));
}

/** Days present in the corpus, as the zip names without `.zip` (`2015-08-06`), in order. */
export function saudiNewsNetDays(dir: string = saudiNewsNetDir()): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.zip')).map((name) => name.slice(0, -4)).sort();
}

/** Loads the given days (all when omitted), sorted by extraction time then URL so runs are repeatable. */
export function loadSaudiNewsNet(options: { dir?: string; days?: string[] } = {}): SaudiNewsRecord[] {
  const dir = options.dir ?? saudiNewsNetDir();
  const days = options.days ?? saudiNewsNetDays(dir);
  const records: SaudiNewsRecord[] = [];
  for (const day of days) {
    const entries = unzipSync(readFileSync(join(dir, `${day}.zip`)));
    for (const bytes of Object.values(entries)) {
      const parsed = JSON.parse(strFromU8(bytes)) as SaudiNewsRecord[];
      records.push(...parsed);
    }
  }
  records.sort((a, b) => (a.date_extracted < b.date_extracted ? -1 : a.date_extracted > b.date_extracted ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return records;
}

/** The record as the dedup engine sees it: one display paragraph per non-empty content line. */
export function toDedupInput(record: SaudiNewsRecord): DedupInput {
  const paragraphs = record.content.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  return {
    id: record.url,
    title: record.title.trim(),
    text: paragraphs.join('\n\n'),
    source: record.source,
    firstSeenAt: record.date_extracted.replace(' ', 'T') + 'Z',
  };
}
