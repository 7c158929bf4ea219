// A reader sees an outlet's Arabic name where its stored name is a slug; links and filters keep the slug.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { createApp } from '../http/app.tsx';
import type { Article } from '../core/types.ts';
import { indexTerms } from '../search/index-terms.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { outletName } from './outlets.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-outlets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('a slug reads as the outlet\'s Arabic name, any other name as stored', () => {
  assert.equal(outletName('okaz'), 'عكاظ');
  assert.equal(outletName('aawsat'), 'الشرق الأوسط');
  assert.equal(outletName('بوابة المساء'), 'بوابة المساء');
  assert.equal(outletName('example-news'), 'example-news');
});

it('the article page, its JSON-LD and the search facets name عكاظ, and link the outlet by its slug', async () => {
  const store = new SqliteStore(join(dir, 'a.db'));
  const text = 'أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة جدة بسعة خمسمئة سرير.';
  const article: Article = { id: 'okaz-1', title: 'افتتاح مستشفى جديد في جدة', paragraphs: [text], text, authors: [], language: 'ar', diagnostics: [],
    source: 'okaz', url: 'https://www.okaz.com.sa/news/1', firstSeenAt: '2015-07-21T02:51:32.000Z' };
  await store.putArticles([{ article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(text) }]);
  const app = createApp(store);
  const page = await (await app.request('/articles/okaz-1')).text();
  assert.match(page, /<bdi>عكاظ<\/bdi>/);
  assert.match(page, /"publisher":\{"@type":"Organization","name":"عكاظ"\}/);
  assert.match(page, /href="\/articles\?source=okaz"/);
  const search = await (await app.request(`/search?q=${encodeURIComponent('مستشفى')}`)).text();
  assert.match(search, /عكاظ/);
  assert.doesNotMatch(search.replace(/value="okaz"|source=okaz/g, ''), />okaz</);
  await store.close();
});
