// Real data for the benchmarks: SaudiNewsNet, read from ../shared/data (never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

export const SHARED_DATA = resolve(process.cwd(), '../shared/data');
export const SAUDINEWSNET = join(SHARED_DATA, 'saudinewsnet');

export interface SaudiRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export function requireData(path: string): string {
  if (!existsSync(path)) throw new Error(`benchmark data missing: ${path} (see ../shared/data/README.md)`);
  return path;
}

export function saudiZipFiles(): string[] {
  requireData(SAUDINEWSNET);
  return readdirSync(SAUDINEWSNET).filter((f) => f.endsWith('.zip')).sort().map((f) => join(SAUDINEWSNET, f));
}

/** All records in date order (each zip is one day: a JSON array). */
export function* saudiRecords(): Generator<SaudiRecord> {
  const decoder = new TextDecoder();
  for (const zip of saudiZipFiles()) {
    const entries = unzipSync(readFileSync(zip));
    for (const bytes of Object.values(entries)) yield* JSON.parse(decoder.decode(bytes)) as SaudiRecord[];
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
