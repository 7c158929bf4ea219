/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Rules every reader page keeps: the 100 KB budget, landmarks and one h1, no inline script or style
// (the CSP would block them), validators for caching; and the home page's reading of an old archive.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import type { Article, EntityMention } from '../core/types.ts';
import { createApp } from '../http/app.tsx';
import { ENVOY_STORY, fillTestArchive, HARRISON, storiesOf, toStore, writeStories } from '../http/testing/archive.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { assetHref } from './static-assets.ts';
import { homeView } from './views/home-view.ts';
import { renderPage } from './layout.tsx';
import { StoryPage } from './pages/story.tsx';

const PAGE_BUDGET = 100 * 1024;
const q = encodeURIComponent;

/** A very long article (the longest in SaudiNewsNet is 34,219 characters) with an entity in every sentence. */
function longArticle(): Article {
  const sentence = 'وقال وزير الخارجية فؤاد الخطيب إن المحادثات مع المبعوثة مستمرة وإن الحكومة ستعلن موعد الانتخابات قريبا. ';
  const paragraphs = Array.from({ length: 80 }, () => sentence.repeat(4).trim());
  const text = paragraphs.join('\n\n');
  const entities: EntityMention[] = [];
  for (let at = text.indexOf('فؤاد الخطيب'); at !== -1; at = text.indexOf('فؤاد الخطيب', at + 1)) {
    entities.push({ text: 'فؤاد الخطيب', start: at, end: at + 'فؤاد الخطيب'.length, type: 'PER', entityId: 'per:khatib', canonical: 'فؤاد الخطيب' });
  }
  return { id: 'fx-long', title: 'مقال طويل جدا عن المحادثات', authors: [], language: 'ar', paragraphs, text, diagnostics: [], entities,
    publishedAt: '2026-11-20T10:00:00Z', source: 'بوابة المساء' };
}

describe('page rules', () => {
  let dir: string;
  let store: SqliteStore;
  let app: Hono;
  let assetBytes = 0;
  const pages = [
    '/', '/articles', '/articles/fx-envoy-masaa', '/articles/fx-envoy-masaa/related', '/articles/fx-long', `/search?q=${q('أمطار')}`, '/search',
    `/entities/${q(HARRISON)}`, '/entities', `/stories/${ENVOY_STORY}`, '/stories', '/outlets', '/alerts', '/api/docs',
  ];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-rules-'));
    await fillTestArchive(join(dir, 'rules.db'));
    store = new SqliteStore(join(dir, 'rules.db'));
    await store.putArticles([toStore(longArticle())]);
    app = createApp(store);
    for (const asset of ['/static/marsad.css', '/static/marsad.js']) assetBytes += (await (await app.request(asset)).arrayBuffer()).byteLength;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every page, with its stylesheet and script, weighs at most 100 KB', async () => {
    for (const path of pages) {
      const html = await (await app.request(path)).arrayBuffer();
      const total = html.byteLength + assetBytes;
      assert.ok(total <= PAGE_BUDGET, `${path}: ${total} bytes (page ${html.byteLength} + assets ${assetBytes}) is over ${PAGE_BUDGET}`);
    }
  });

  it('every page has one h1, a main landmark, a banner, navigation, a labelled search form and a footer', async () => {
    for (const path of pages) {
      const { document } = parseHTML(await (await app.request(path)).text());
      assert.equal(document.querySelectorAll('h1').length, 1, `${path}: h1`);
      assert.equal(document.querySelectorAll('main#main').length, 1, `${path}: main`);
      assert.ok(document.querySelector('body > header'), `${path}: banner`);
      assert.ok(document.querySelector('nav[aria-label]'), `${path}: nav`);
      assert.ok(document.querySelector('body > footer'), `${path}: contentinfo`);
      const search = document.querySelector('form[role="search"] input#q');
      assert.ok(search && document.querySelector('label[for="q"]'), `${path}: labelled search box`);
      assert.equal(document.querySelector('a.skip')?.getAttribute('href'), '#main', `${path}: skip link`);
    }
  });

  it('no page has an inline script or style: the only scripts are our file and JSON-LD data', async () => {
    for (const path of pages) {
      const { document } = parseHTML(await (await app.request(path)).text());
      for (const script of document.querySelectorAll('script')) {
        const external = script.getAttribute('src') === assetHref('marsad.js') && script.textContent === '';
        assert.ok(external || script.getAttribute('type') === 'application/ld+json', `${path}: ${script.outerHTML.slice(0, 80)}`);
      }
      assert.equal(document.querySelectorAll('style, [style]').length, 0, `${path}: inline style`);
      assert.equal([...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length, 0, `${path}: event handler attribute`);
    }
  });

  it('a page requested again with its ETag is a 304 without a body', async () => {
    for (const path of ['/articles/fx-envoy-masaa', '/static/marsad.css']) {
      const first = await app.request(path);
      const etag = first.headers.get('etag');
      assert.ok(etag, path);
      assert.ok(first.headers.get('cache-control'), path);
      const again = await app.request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '');
    }
  });

  it('a story of 250 articles is shown 100 to a page, each page within the budget', async () => {
    const articles = Array.from({ length: 250 }, (_, i) => ({
      id: `s${i}`, title: `عنوان طويل بعض الشيء لمقال رقم ${i} في قصة كبيرة جدا تابعتها كل الصحف`, source: `مصدر ${i % 14}`,
      publishedAt: new Date(Date.UTC(2015, 6, 21, 0, i)).toISOString(), url: `https://example.org/${i}`,
    }));
    const story = { id: 'big', title: 'قصة كبيرة', firstSeen: articles[0].publishedAt, lastSeen: articles[249].publishedAt, size: 250,
      sources: [...new Set(articles.map((a) => a.source))], articles };
    for (const [page, count, start] of [[1, 100, '1'], [3, 50, '201']] as const) {
      const html = await renderPage(<StoryPage story={story} page={page} />);
      const { document } = parseHTML(html);
      assert.equal(document.querySelectorAll('ol.story-timeline > li').length, count);
      assert.equal(document.querySelector('ol.story-timeline')?.getAttribute('start'), start);
      assert.ok(Buffer.byteLength(html) <= PAGE_BUDGET - 10 * 1024, `page ${page}: ${Buffer.byteLength(html)} bytes`);
    }
  });

  it('when the newest article is older than a day, home counts the day and the week back from it, and says so', async () => {
    const oldDir = mkdtempSync(join(tmpdir(), 'marsad-old-'));
    const oldStore = new SqliteStore(join(oldDir, 'old.db'));
    try {
      const old = (id: string, day: string, storyId: string, source: string): Article => ({
        id, title: `خبر ${id}`, authors: [], language: 'ar', paragraphs: ['نص الخبر.'], text: 'نص الخبر.', diagnostics: [],
        publishedAt: `2015-07-${day}T09:00:00Z`, storyId, source,
      });
      const articles = [old('o1', '22', 's-day', 'أ'), old('o2', '22', 's-day', 'ب'), old('o3', '17', 's-week', 'أ'), old('o4', '16', 's-week', 'ج'), old('o5', '01', 's-old', 'أ'), old('o6', '01', 's-old', 'ب')];
      await oldStore.putArticles(articles.map(toStore));
      writeStories(join(oldDir, 'old.db'), storiesOf(articles));
      const view = await homeView(oldStore, Date.parse('2026-11-29T00:00:00Z'));
      assert.equal(view.archiveIsOld, true);
      assert.equal(view.reference, '2015-07-22T09:00:00.000Z');
      assert.deepEqual(view.day.map((s) => s.id), ['s-day']);
      assert.deepEqual(view.week.map((s) => s.id), ['s-week']);
      const html = await (await createApp(oldStore).request('/')).text();
      assert.match(html, /آخر خبر في الأرشيف بتاريخ/);
      assert.match(html, /أبرز قصص آخر يوم في الأرشيف/);
    } finally {
      await oldStore.close();
      rmSync(oldDir, { recursive: true, force: true });
    }
  });
});
