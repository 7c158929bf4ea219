// Real data for the PostgreSQL and queue tests: one day of SaudiNewsNet, read from ../shared/data
// (never copied into the repository). Missing data skips the tests on a laptop and fails them in CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { readSources } from '../../ingest/sources.ts';
import { prepareForStore, processDocument } from '../../pipeline/process.ts';
import type { ArticleToStore, Store } from '../port.ts';

/** The smallest day of the corpus (about 700 articles), enough for IDF to mean something. */
export const SAUDI_SAMPLE_ZIP = resolve(process.cwd(), '../shared/data/saudinewsnet/2015-07-23.zip');

/** A fixed "now", so articles without a date of their own get the same firstSeenAt in every store. */
export const SAMPLE_NOW = '2015-07-23T12:00:00.000Z';

export function requireSample(): { skip: string | false } {
  if (existsSync(SAUDI_SAMPLE_ZIP)) return { skip: false };
  const reason = `test data missing: ${SAUDI_SAMPLE_ZIP} (see ../shared/data/README.md)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI=true, so this is a failure`);
  return { skip: reason };
}

/** Every article of the sample through the real pipeline, in input order; rejected inputs left out. */
export async function prepareSample(): Promise<ArticleToStore[]> {
  const prepared: ArticleToStore[] = [];
  for await (const item of readSources([SAUDI_SAMPLE_ZIP])) {
    if (item.kind !== 'document') continue;
    try {
      prepared.push(prepareForStore(processDocument(item.document, { now: SAMPLE_NOW }), item.document));
    } catch {
      // Inputs the pipeline rejects (empty content…) are rejected the same way for both stores.
    }
  }
  return prepared;
}

/**
 * `count` records of the sample (from `offset`) as a JSONL file at `path` (a temporary file the caller
 * removes), for tests that drive the CLI or the path-based APIs on a smaller input.
 */
export function writeSampleJsonl(path: string, count: number, offset = 0): void {
  const entries = unzipSync(readFileSync(SAUDI_SAMPLE_ZIP));
  const records = Object.values(entries).flatMap((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown[]);
  writeFileSync(path, records.slice(offset, offset + count).map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/**
 * Everything that would show a lost, doubled or differently placed article: ids, each article whole
 * (with its story and duplicate group), counts, entity tallies, stories with their members.
 */
export async function archiveSnapshot(store: Store) {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listArticles({ limit: 1000, offset });
    ids.push(...page.items.map((i) => i.id));
    if (page.items.length < 1000) break;
  }
  ids.sort();
  const articles = await Promise.all(ids.map((id) => store.getArticle(id)));
  const entities: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listEntities({ limit: 1000, offset });
    entities.push(...page.items.map((e) => `${e.id} ${e.mentions} ${e.articles} ${[...e.variants].sort().join('|')}`));
    if (page.items.length < 1000) break;
  }
  entities.sort();
  const stats = await store.stats();
  const stories = (await store.listStories({ limit: 1000 })).items.map((story) => JSON.stringify(story)).sort();
  return { ids, articles, entities, stats, stories };
}
