// A search's total is counted by SQL only when the page is full; a short page is the last one and
// its hits give the total. Either way it must be the number of hits, on every page.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery } from '../../search/query.ts';
import type { ArticleToStore } from '../port.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-search-total-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function item(id: string, source: string, paragraph: string): ArticleToStore {
  const article: Article = {
    id, title: `نشرة ${id}`, source, authors: [], language: 'ar', paragraphs: [paragraph], text: paragraph, diagnostics: [],
    firstSeenAt: '2026-01-01T00:00:00.000Z',
  };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(article.text) };
}

test('the total is the number of hits on a full page, a short page and a page past the end: 12 bulletins about rain', async () => {
  const store = new SqliteStore(join(dir, 'total.db'));
  const rain = Array.from({ length: 12 }, (_, i) => item(`r${i}`, i < 8 ? 'الوسط' : 'الأفق', `أمطار غزيرة على المدينة الساحلية في اليوم ${i + 1}.`));
  await store.putArticles([...rain, item('s1', 'الوسط', 'الطقس مشمس في الجنوب.')]);
  const query = parseQuery('أمطار');
  const pages = await Promise.all([0, 10, 20].map((offset) => store.search(query, { limit: 10, offset })));
  assert.deepEqual(pages.map((p) => [p.total, p.items.length]), [[12, 10], [12, 2], [12, 0]]);
  const filtered = await Promise.all([0, 5].map((offset) => store.search(query, { limit: 5, offset, source: 'الأفق' })));
  assert.deepEqual(filtered.map((p) => [p.total, p.items.length]), [[4, 4], [4, 0]]);
  const fewer = await store.search(parseQuery('مشمس'), { limit: 10 });
  assert.deepEqual([fewer.total, fewer.items.length], [1, 1]);
  await store.close();
});
