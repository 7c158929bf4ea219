// The list of outlets `marsad watch --sources FILE` follows, in YAML or JSON:
//
//   outlets:
//     - name: الأفق
//       homepage: https://alofoq.example/
//       feeds: [https://alofoq.example/rss.xml]
//       sitemaps: [https://alofoq.example/news-sitemap.xml]
//
// (a bare list of outlets is accepted too). An outlet needs a homepage, a feed or a sitemap; with
// only a homepage, the feeds it advertises and the sitemaps its robots.txt lists are used
// (src/crawl/watch.ts finds them).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { MarsadError } from '../core/errors.ts';
import type { NewFrontierUrl } from '../store/frontier-port.ts';
import { canonicalUrl } from './urls.ts';

export interface Outlet {
  name: string;
  homepage?: string;
  feeds: string[];
  sitemaps: string[];
}

const url = z.string().refine((value) => canonicalUrl(value) !== undefined, { message: 'not an http(s) URL' });

const OutletSchema = z.object({
  name: z.string().trim().min(1).max(200),
  homepage: url.optional(),
  feeds: z.array(url).max(100).default([]),
  sitemaps: z.array(url).max(100).default([]),
}).strict().refine((o) => o.homepage || o.feeds.length > 0 || o.sitemaps.length > 0, { message: 'needs a homepage, a feed or a sitemap' });

const FileSchema = z.union([z.object({ outlets: z.array(OutletSchema).min(1).max(10_000) }).strict(), z.array(OutletSchema).min(1).max(10_000)]);

/** Outlets from the text of a sources file; `file` names it in errors. */
export function parseOutlets(text: string, file: string): Outlet[] {
  let data: unknown;
  try {
    data = file.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new MarsadError('invalid_json', `not valid ${file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`, file);
  }
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `at ${issue.path.join('.')}: ` : '';
    throw new MarsadError('invalid_record', `not a list of outlets (${where}${issue.message})`, file);
  }
  const outlets = Array.isArray(parsed.data) ? parsed.data : parsed.data.outlets;
  const names = new Set<string>();
  for (const outlet of outlets) {
    if (names.has(outlet.name)) throw new MarsadError('invalid_record', `the outlet ${outlet.name} is listed twice`, file);
    names.add(outlet.name);
  }
  return outlets.map((o) => ({
    name: o.name,
    homepage: o.homepage && canonicalUrl(o.homepage),
    feeds: o.feeds.map((f) => canonicalUrl(f)!),
    sitemaps: o.sitemaps.map((s) => canonicalUrl(s)!),
  }));
}

export function readOutlets(file: string): Outlet[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new MarsadError('not_found', 'cannot read the sources file', file);
  }
  if (text.trim() === '') throw new MarsadError('empty_input', 'the sources file is empty', file);
  return parseOutlets(text, file);
}

/** Feeds and sitemaps found for an outlet that lists only its homepage. */
export interface FoundOnHomepage {
  feeds: string[];
  sitemaps: string[];
}

/** What to poll for an outlet each round: its feeds and sitemaps, else those found from its homepage. */
export function pollTargets(outlet: Outlet, found: FoundOnHomepage = { feeds: [], sitemaps: [] }): NewFrontierUrl[] {
  const listed = outlet.feeds.length + outlet.sitemaps.length > 0;
  const feeds = listed ? outlet.feeds : found.feeds;
  const sitemaps = listed ? outlet.sitemaps : found.sitemaps;
  const seen = new Set<string>();
  return [
    ...feeds.map((url) => ({ url, kind: 'feed' as const, source: outlet.name })),
    ...sitemaps.map((url) => ({ url, kind: 'sitemap' as const, source: outlet.name })),
  ].filter((t) => !seen.has(t.url) && (seen.add(t.url), true));
}
