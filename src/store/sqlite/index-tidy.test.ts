// A batch's search rows form one index segment; segments are merged 8 at a time while articles are
// written; the index is merged whole (tidyAfterIngest) only after an ingest that wrote at least
// 1,000 articles and a fifth of the archive.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery } from '../../search/query.ts';
import type { ArticleToStore } from '../port.ts';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-index-tidy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CITIES = ['جدة', 'الرياض', 'الدمام', 'مكة', 'المدينة', 'تبوك', 'أبها'];

function bulletin(n: number): ArticleToStore {
  const city = CITIES[n % CITIES.length];
  const text = `سجلت ${city} اليوم ${n} درجة حرارة مرتفعة، وتوقعت الأرصاد استمرار الموجة في النشرة رقم ${n}.`;
  const article: Article = {
    id: `b${n}`, title: `طقس ${city} في النشرة ${n}`, source: 'الأرصاد', authors: [], language: 'ar', paragraphs: [text], text,
    diagnostics: [], firstSeenAt: '2026-01-01T00:00:00.000Z',
  };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(text) };
}

async function writeBulletins(store: SqliteStore, from: number, count: number): Promise<void> {
  for (let start = from; start < from + count; start += 50) {
    await store.putArticles(Array.from({ length: Math.min(50, from + count - start) }, (_, i) => bulletin(start + i)));
  }
}

function segments(path: string): number {
  const db = new Database(path, { readonly: true });
  try { return db.prepare('SELECT count(DISTINCT segid) FROM article_terms_idx').pluck().get() as number; } finally { db.close(); }
}

test('a batch writes its search rows as one index segment, not one per few articles', async () => {
  const path = join(dir, 'one-batch.db');
  const store = new SqliteStore(path);
  await store.putArticles(Array.from({ length: 200 }, (_, i) => bulletin(i)));
  assert.equal(segments(path), 1);
  assert.equal((await store.search(parseQuery('الرياض'), { limit: 1 })).total, Math.ceil((200 - 1) / CITIES.length));
  await store.close();
});

test('a new archive merges its search index 8 segments at a time', async () => {
  const store = new SqliteStore(join(dir, 'config.db'));
  await writeBulletins(store, 0, 10);
  const db = new Database(join(dir, 'config.db'), { readonly: true });
  assert.equal(db.prepare("SELECT v FROM article_terms_config WHERE k = 'automerge'").pluck().get(), 8);
  db.close();
  await store.close();
});

test('an ingest of 1,200 bulletins into an empty archive ends with one index segment, and finds the same', async () => {
  const path = join(dir, 'large.db');
  const store = new SqliteStore(path);
  await writeBulletins(store, 0, 1_200);
  const before = await store.search(parseQuery('جدة'), { limit: 1000 });
  assert.ok(segments(path) > 1, 'batches of 50 leave several segments behind');
  await store.tidyAfterIngest();
  assert.equal(segments(path), 1);
  const afterTidy = await store.search(parseQuery('جدة'), { limit: 1000 });
  assert.deepEqual(afterTidy.items.map((hit) => hit.id), before.items.map((hit) => hit.id));
  assert.equal(afterTidy.total, Math.ceil(1_200 / CITIES.length));
  await store.close();
});

test('a small ingest into a large archive leaves the index to its incremental merges', async () => {
  const path = join(dir, 'small-after-large.db');
  const first = new SqliteStore(path);
  await writeBulletins(first, 0, 1_200);
  await first.tidyAfterIngest();
  await first.close();
  const second = new SqliteStore(path);
  await writeBulletins(second, 1_200, 100);
  await second.tidyAfterIngest();
  assert.ok(segments(path) > 1, 'the 100 new bulletins are not merged into the rest');
  assert.equal((await second.search(parseQuery('النشرة'), { limit: 1 })).total, 1_300);
  await second.close();
});
