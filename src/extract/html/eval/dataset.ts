// A main-text evaluation set laid out like trafilatura's (ground-truth.json + html/FILE.gz).

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MarsadError } from '../../../core/errors.ts';

export interface GoldPage {
  file: string;
  url?: string;
  with: string[];
  without: string[];
  title?: string;
  date?: string;
  authors?: string[];
}

export function loadGold(dir: string): GoldPage[] {
  const path = join(dir, 'ground-truth.json');
  if (!existsSync(path)) throw new MarsadError('not_found', `no ground-truth.json in ${dir}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MarsadError('invalid_json', `ground-truth.json does not parse: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new MarsadError('invalid_json', 'ground-truth.json must hold a list of pages');
  return raw.map((entry: Record<string, unknown>) => ({
    file: String(entry.File),
    url: typeof entry.URL === 'string' ? entry.URL : undefined,
    with: Array.isArray(entry.With) ? entry.With.map(String) : [],
    without: Array.isArray(entry.Without) ? entry.Without.map(String) : [],
    title: typeof entry.Title === 'string' ? entry.Title : undefined,
    date: typeof entry.Date === 'string' ? entry.Date : undefined,
    authors: Array.isArray(entry.Authors) ? entry.Authors.map(String) : undefined,
  }));
}

/** The page's bytes, from html/FILE.gz or html/FILE. */
export function readPageBytes(dir: string, file: string): Uint8Array {
  const gz = join(dir, 'html', `${file}.gz`);
  if (existsSync(gz)) return gunzipSync(readFileSync(gz));
  return readFileSync(join(dir, 'html', file));
}
