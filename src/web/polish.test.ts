// Small things a reader notices: a trailing slash still finds the page (and never leads off the
// site), no empty <footer>, an empty list says so once, and a 400 page writes its numbers one way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/types.ts';
import { toStore } from '../http/testing/archive.ts';
import { servedTestArchive } from '../http/testing/served-archive.ts';

describe('reader polish', () => {
  const served = servedTestArchive('polish', async (store) => {
    const noUrl: Article = {
      id: 'fx-no-url', title: 'بيان وزارة الصحة حول الحملة', authors: [], language: 'ar', paragraphs: ['أطلقت الوزارة حملة تطعيم.'],
      text: 'أطلقت الوزارة حملة تطعيم.', diagnostics: [], publishedAt: '2026-11-20T09:00:00Z',
    };
    await store.putArticles([toStore(noUrl)]);
  });

  it('a trailing slash redirects to the page without it, keeping the query, and never to another host', async () => {
    const res = await served.app.request('/articles/fx-envoy-masaa/?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/articles/fx-envoy-masaa?x=1');
    for (const path of ['//evil.example/', '/%5Cevil.example/', '/%5C%5Cevil.example/', '/\\evil.example/']) {
      const sneaky = await served.app.request(`http://marsad.local${path}`);
      // Browsers read a backslash in a Location as a slash: resolve it the way they do.
      const location = (sneaky.headers.get('location') ?? '/').replaceAll('\\', '/');
      assert.equal(new URL(location, 'http://marsad.local').host, 'marsad.local', path);
    }
  });

  it('an article without a source URL has no empty footer', async () => {
    const { document } = parseHTML(await (await served.app.request('/articles/fx-no-url')).text());
    assert.equal(document.querySelector('article.full footer'), null);
    const withUrl = parseHTML(await (await served.app.request('/articles/fx-envoy-masaa')).text()).document;
    assert.ok(withUrl.querySelector('article.full footer a.source-link'));
  });

  it('an empty list says there is nothing, without "newest first"; a dated list says its dates', async () => {
    const empty = parseHTML(await (await served.app.request('/articles?source=nobody')).text()).document;
    const status = empty.querySelector('[role="status"]')?.textContent ?? '';
    assert.match(status, /لا مقالات/);
    assert.doesNotMatch(status, /الأحدث أولًا/);
    const dated = parseHTML(await (await served.app.request('/articles?from=2026-11-01&to=2026-11-30')).text()).document;
    assert.match(dated.querySelector('h1')?.textContent ?? '', /^المقالات من .+ إلى .+/);
  });

  it('the 400 page for a bad page number writes its numbers in one script', async () => {
    const text = parseHTML(await (await served.app.request('/articles?page=0')).text()).document.querySelector('main')?.textContent ?? '';
    const latin = /[0-9]/.test(text);
    const arabicIndic = /[٠-٩]/.test(text);
    assert.ok(!(latin && arabicIndic), text);
  });

  it('robots.txt lets crawlers read the archive but not walk search pages', async () => {
    const res = await served.app.request('/robots.txt');
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.match(text, /^User-agent: \*$/m);
    assert.match(text, /^Disallow: \/search$/m);
    assert.doesNotMatch(text, /^Disallow: \/$/m, 'articles stay readable');
  });

  it('the JSON-LD of an article without authors names no author rather than an empty list', async () => {
    const { document } = parseHTML(await (await served.app.request('/articles/fx-no-url')).text());
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    assert.equal(data.headline, 'بيان وزارة الصحة حول الحملة');
    assert.equal('author' in data, false);
  });

  it('a bad parameter is described once, not once for each rule it breaks', async () => {
    const body = (await (await served.app.request('/api/articles?from=yesterday')).json()) as { error: { message: string } };
    assert.equal(body.error.message.split('from:').length - 1, 1, body.error.message);
  });

  it('pages link our CSS and JS by versioned URLs, which may be kept a year; the bare URL a day', async () => {
    const { document } = parseHTML(await (await served.app.request('/')).text());
    const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const js = document.querySelector('script[src]')?.getAttribute('src') ?? '';
    for (const href of [css, js]) {
      assert.match(href, /^\/static\/marsad\.(css|js)\?v=[\w-]{10}$/);
      const res = await served.app.request(href);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    }
    assert.equal((await served.app.request('/static/marsad.css')).headers.get('cache-control'), 'public, max-age=86400');
    assert.equal((await served.app.request('/static/marsad.css?v=old')).headers.get('cache-control'), 'public, max-age=86400');
  });

  it('a search limited to an entity the archive does not know is a 404 that says so, not "no results"', async () => {
    const res = await served.app.request(`/search?q=${encodeURIComponent('الانتخابات')}&entity=per:nobody`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /لا يوجد في الأرشيف علم بهذا المعرّف/);
  });

  it('a search limited to an entity with no words to search for goes to the entity\'s page, which lists its articles', async () => {
    const { items } = await served.store.listEntities({ limit: 1 });
    assert.ok(items[0], 'the test archive has entities');
    const res = await served.app.request(`/search?q=&entity=${encodeURIComponent(items[0].id)}`);
    assert.equal(res.status, 302);
    const location = res.headers.get('location')!;
    assert.equal(decodeURIComponent(location), `/entities/${items[0].id}`);
    assert.equal((await served.app.request(location)).status, 200);
  });
});
