// The reader's pages over a hand-annotated archive, read as a DOM: each section appears when its
// data exists and says what it should; bad input gets a clear Arabic page with the right status.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import { createApp } from '../http/app.tsx';
import {
  ENVOY_STORY, fillTestArchive, HARRISON, KHATIB, WEATHER_BULLETINS,
} from '../http/testing/archive.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { entityHref } from './links.ts';

const q = encodeURIComponent;

describe('reader pages', () => {
  let dir: string;
  let store: SqliteStore;
  let app: Hono;
  const open = async (path: string, status = 200) => {
    const res = await app.request(path);
    const html = await res.text();
    assert.equal(res.status, status, `${path}: ${html.slice(0, 300)}`);
    return { html, document: parseHTML(html).document, res };
  };
  const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
    await fillTestArchive(join(dir, 'web.db'));
    store = new SqliteStore(join(dir, 'web.db'));
    app = createApp(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the article body links an entity to its page at its first mention, at its own words', async () => {
    const { document } = await open('/articles/fx-envoy-masaa');
    const links = [...document.querySelectorAll('.body a.ent')];
    assert.ok(links.length >= 4);
    const harrison = links.filter((a) => a.getAttribute('href') === entityHref(HARRISON)).map((a) => a.textContent);
    assert.deepEqual(harrison, ['مارغريت هاريسون'], 'the first mention is the link');
    assert.equal(document.querySelector('.body .dateline')?.textContent, 'المدينة الساحلية');
  });

  it('an article shows who said what, each quote linked to its place in the text', async () => {
    const { document } = await open('/articles/fx-envoy-masaa');
    const item = document.querySelector('ul.quotes li');
    assert.match(item?.textContent ?? '', /مارغريت هاريسون/);
    const anchor = item?.querySelector('a[href^="#quote-"]')?.getAttribute('href');
    assert.ok(anchor && document.querySelector(anchor), `no element for ${anchor}`);
    assert.match(document.querySelector(anchor!)!.textContent ?? '', /المجتمع الدولي/);
  });

  it('the original says which other outlets carry its text; the copy names the original', async () => {
    const original = await open('/articles/fx-envoy-masaa');
    assert.match(original.document.querySelector('.notice')?.textContent ?? '', /أيضًا في مصدر واحد: الأفق نيوز/);
    const copy = await open('/articles/fx-envoy-ufuq');
    const notice = copy.document.querySelector('.notice');
    assert.match(notice?.textContent ?? '', /نسخة من مقال نشره أولًا بوابة المساء/);
    assert.equal(notice?.querySelector('a')?.getAttribute('href'), '/articles/fx-envoy-masaa');
  });

  it('related articles come from the same story, with a link to the whole story', async () => {
    const { document } = await open('/articles/fx-envoy-masaa');
    const related = document.querySelector('section[aria-labelledby="related"]');
    assert.ok(related?.querySelector('a[href="/articles/fx-envoy-shorouq"]'));
    assert.ok(related?.querySelector(`a[href="/stories/${ENVOY_STORY}"]`));
  });

  it('the related page lists the same text at other outlets, as marsad show does', async () => {
    const { document } = await open('/articles/fx-envoy-masaa/related');
    const copies = document.querySelector('section[aria-labelledby="related-duplicate"]');
    assert.ok(copies?.querySelector('a[href="/articles/fx-envoy-ufuq"]'));
    const fromArticle = await open('/articles/fx-envoy-masaa');
    assert.ok(fromArticle.document.querySelector('a[href="/articles/fx-envoy-masaa/related"]'));
  });

  it('the article page carries NewsArticle JSON-LD, a date in Arabic and a way back to the top', async () => {
    const { document } = await open('/articles/fx-envoy-masaa');
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'المبعوثة الأممية تصل إلى المدينة الساحلية وتطالب بموعد للانتخابات');
    assert.ok(ld.mentions.some((m: { name: string }) => m.name === 'مارغريت هاريسون'));
    assert.match(document.querySelector('.byline time')?.textContent ?? '', /نوفمبر/);
    assert.equal(document.querySelector('a.to-top')?.getAttribute('href'), '#top');
    assert.ok(document.getElementById('top'));
  });

  it('an entity page shows its spellings, roles, timeline chart, co-mentions and quotes by and about it', async () => {
    const { document } = await open(`/entities/${q(HARRISON)}`);
    assert.equal(document.querySelector('h1')?.textContent, 'مارغريت هاريسون');
    assert.ok(texts(document, 'ul.chips li').includes('مارجريت هاريسون'));
    assert.ok(texts(document, 'ul.chips li').includes('المبعوثة الخاصة'));
    const svg = document.querySelector('figure.timeline svg[role="img"]');
    assert.equal(svg?.querySelectorAll('rect').length, 2, 'two days of mentions, 24 and 25 November');
    assert.ok(document.querySelector(`a[href="${entityHref(KHATIB)}"]`));
    assert.match(document.querySelector('section[aria-labelledby="quotes-by"]')?.textContent ?? '', /المجتمع الدولي/);
    assert.match(document.querySelector('section[aria-labelledby="quotes-about"]')?.textContent ?? '', /فؤاد الخطيب/);
  });

  it("a story page lists its articles in publication order and names the first publisher", async () => {
    const { document } = await open(`/stories/${ENVOY_STORY}`);
    const order = [...document.querySelectorAll('ol.story-timeline h3 a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(order, ['/articles/fx-envoy-masaa', '/articles/fx-envoy-ufuq', '/articles/fx-envoy-shorouq']);
    assert.match(document.querySelector('.notice')?.textContent ?? '', /نشرها أولًا بوابة المساء/);
    assert.match(texts(document, 'ol.story-timeline li')[1], /بعد ساعتين/);
    assert.match(texts(document, 'ol.story-timeline li')[1], /نسخة من/);
  });

  it('search in Arabic pages through the results with numbered links', async () => {
    const first = await open(`/search?q=${q('أمطار')}`);
    assert.equal(first.document.querySelectorAll('ol.articles > li').length, 10);
    assert.ok(first.document.querySelector('ol.articles mark'));
    const next = first.document.querySelector('nav.pages a[rel="next"]')?.getAttribute('href');
    assert.equal(next, `/search?q=${q('أمطار')}&page=2`);
    const last = await open(`/search?q=${q('أمطار')}&page=3`);
    assert.equal(last.document.querySelectorAll('ol.articles > li').length, WEATHER_BULLETINS - 20);
    assert.equal(last.document.querySelector('ol.articles')?.getAttribute('start'), '21');
    const beyond = await open(`/search?q=${q('أمطار')}&page=9`, 404);
    assert.equal(beyond.document.querySelector('main a')?.getAttribute('href'), `/search?q=${q('أمطار')}&page=3`);
  });

  it('search shows hits per outlet, each a link that filters by it', async () => {
    const { document } = await open(`/search?q=${q('أمطار')}`);
    const facets = [...document.querySelectorAll('.facets li')];
    assert.ok(facets.length >= 2);
    const link = facets[0].querySelector('a')?.getAttribute('href') ?? '';
    const filtered = await open(link);
    const count = facets[0].querySelector('.count')?.textContent;
    assert.match(filtered.document.querySelector('[role="status"]')?.textContent ?? '', new RegExp(`^${count}`));
  });

  it('search can be limited to articles that name an entity, and says so', async () => {
    const { document } = await open(`/search?q=${q('الانتخابات')}&entity=${q(KHATIB)}`);
    assert.match(document.querySelector('.chip-line')?.textContent ?? '', /فؤاد الخطيب/);
    const hits = [...document.querySelectorAll('ol.articles h3 a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(hits.sort(), ['/articles/fx-envoy-masaa', '/articles/fx-envoy-shorouq', '/articles/fx-envoy-ufuq']);
  });

  it('home shows the top stories with how many outlets carried each, then the latest articles', async () => {
    const { document } = await open('/');
    const story = [...document.querySelectorAll('ol.stories li')].find((li) => li.querySelector(`a[href="/stories/${ENVOY_STORY}"]`));
    assert.match(story?.textContent ?? '', /3 مقالات في 3 مصادر|٣ مقالات في ٣ مصادر/);
    assert.equal(document.querySelectorAll('section[aria-labelledby="latest"] ol.articles > li').length, 20);
  });

  it('the alerts page says how to add an alert and shows none it does not have', async () => {
    const { document } = await open('/alerts');
    assert.match(document.querySelector('main')?.textContent ?? '', /marsad alert add/);
    assert.equal(document.querySelectorAll('main li').length, 0);
  });

  it('the outlets page lists every outlet with its count, linked to its articles', async () => {
    const { document } = await open('/outlets');
    const rows = [...document.querySelectorAll('table.outlets tbody tr')];
    const sources = (await store.sources()).filter((s) => s.source);
    assert.equal(rows.length, sources.length);
    const masaa = await open(rows[0].querySelector('a')!.getAttribute('href')!);
    assert.match(masaa.document.querySelector('h1')?.textContent ?? '', new RegExp(sources[0].source));
  });

  it('unknown ids and paths get a 404 page in Arabic', async () => {
    for (const path of ['/articles/nope', '/entities/nope', '/stories/nope', '/nothing/here', `/articles/${'x'.repeat(300)}`]) {
      const { document } = await open(path, 404);
      assert.equal(document.documentElement.getAttribute('lang'), 'ar');
      assert.match(document.querySelector('h1')?.textContent ?? '', /غير موجودة/);
    }
  });

  it('a bad query string gets a 400 page that says in Arabic what a good value is', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/search?q=x&page=-5', /رقم الصفحة/], ['/search?q=x&page=99999999', /رقم الصفحة/], ['/articles?from=yesterday', /تاريخ البداية/],
      ['/entities?type=PERSON', /النوع/], [`/search?q=${'ب'.repeat(20_001)}`, /نص البحث/],
    ];
    for (const [path, hint] of cases) {
      const { document } = await open(path, 400);
      assert.match(document.querySelector('main')?.textContent ?? '', hint, path);
    }
  });
});
