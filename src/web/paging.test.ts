// Page numbers: one plain spelling per page (no 1e3, 0x10 or " 1"), and a page past the last one
// is a 404 that links to the last page; the API answers the same number with an empty page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { servedTestArchive } from '../http/testing/served-archive.ts';

describe('page numbers', () => {
  const served = servedTestArchive('paging');

  it('a page number is a plain whole number: 1e3, 0x10, a leading space or zero are refused', async () => {
    for (const page of ['1e3', '0x10', '%201', '01', '2.0', '+2']) {
      for (const path of [`/articles?page=${page}`, `/api/articles?page=${page}`, `/search?q=${encodeURIComponent('أمطار')}&page=${page}`]) {
        assert.equal((await served.app.request(path)).status, 400, path);
      }
    }
    assert.equal((await served.app.request('/articles?page=2')).status, 200);
  });

  it('a page past the last one is a 404 that links to the last page', async () => {
    const query = encodeURIComponent('أمطار');
    const hits = (await (await served.app.request(`/api/search?q=${query}&limit=5`)).json()) as { total: number };
    const last = Math.ceil(hits.total / 5);
    assert.ok(last >= 2, 'the query must have several pages for the test to mean anything');
    const res = await served.app.request(`/search?q=${query}&limit=5&page=${last + 1}`);
    assert.equal(res.status, 404);
    const link = parseHTML(await res.text()).document.querySelector('main a')?.getAttribute('href') ?? '';
    const target = new URL(link, 'http://x');
    assert.equal(target.searchParams.get('page'), String(last));
    assert.equal(target.searchParams.get('q'), 'أمطار');
    assert.equal((await served.app.request(`${target.pathname}${target.search}`)).status, 200);
    const articles = (await served.store.listArticles({ limit: 20 })).total;
    assert.equal((await served.app.request(`/articles?page=${Math.ceil(articles / 20) + 1}`)).status, 404);
  });

  it('the API answers a page past the last with an empty page and the total', async () => {
    const res = await served.app.request('/api/articles?page=999');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; items: unknown[] };
    assert.deepEqual(body.items, []);
    assert.ok(body.total > 0);
  });
});
