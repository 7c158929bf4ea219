// The JSON API over a hand-annotated archive: answers match the schemas the OpenAPI document is
// generated from, conditional requests, stable error codes, and the filters.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { createApp } from './app.tsx';
import { ENDPOINTS, NAMED_SCHEMAS } from './endpoints.ts';
import { ENVOY_STORY, fillTestArchive, HARRISON, KHATIB, WEATHER_BULLETINS } from './testing/archive.ts';

const q = encodeURIComponent;

describe('JSON API', () => {
  let dir: string;
  let store: SqliteStore;
  let app: Hono;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    return { res, body: res.status === 304 ? undefined : (await res.json()) as Record<string, any> };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-api-'));
    await fillTestArchive(join(dir, 'api.db'));
    store = new SqliteStore(join(dir, 'api.db'));
    app = createApp(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every endpoint answers with the shape its OpenAPI schema promises', async () => {
    const paths: Record<keyof typeof ENDPOINTS, string> = {
      listArticles: '/api/articles?limit=3', getArticle: '/api/articles/fx-envoy-masaa', getRelated: '/api/articles/fx-envoy-masaa/related', search: `/api/search?q=${q('الانتخابات')}`,
      listEntities: '/api/entities?type=PER', getEntity: `/api/entities/${q(HARRISON)}`, getEntityArticles: `/api/entities/${q(HARRISON)}/articles`, listQuotes: `/api/quotes?entity=${q(HARRISON)}`,
      listStories: '/api/stories', getStory: `/api/stories/${ENVOY_STORY}`, stats: '/api/stats', sources: '/api/sources',
      listAlerts: '/api/alerts',
    };
    for (const [name, path] of Object.entries(paths) as Array<[keyof typeof ENDPOINTS, string]>) {
      const { res, body } = await get(path);
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(body)}`);
      const schema = NAMED_SCHEMAS[ENDPOINTS[name].response];
      const checked = schema.safeParse(body);
      assert.ok(checked.success, `${path} does not match ${ENDPOINTS[name].response}: ${checked.error?.message}`);
    }
  });

  it('an entity\'s articles are the ones that mention it, newest first, a page at a time; search without words says where they are', async () => {
    const { body } = await get(`/api/entities/${q(HARRISON)}/articles?limit=1`);
    assert.ok(body!.total >= 2, 'the test archive names Harrison in several articles');
    const all = (await get(`/api/entities/${q(HARRISON)}/articles?limit=100`)).body!;
    assert.equal(all.items.length, body!.total);
    assert.deepEqual(body!.items.map((a: { id: string }) => a.id), [all.items[0].id]);
    const second = (await get(`/api/entities/${q(HARRISON)}/articles?limit=1&page=2`)).body!;
    assert.equal(second.items[0].id, all.items[1].id);
    for (const article of all.items) {
      const full = (await get(`/api/articles/${q(article.id)}`)).body!;
      assert.ok(full.entities.some((m: { entityId?: string }) => m.entityId === HARRISON), `${article.id} mentions ${HARRISON}`);
    }
    const times = all.items.map((a: { publishedAt?: string; firstSeenAt: string }) => Date.parse(a.publishedAt ?? a.firstSeenAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    const { body: problem } = await get(`/api/search?entity=${q(HARRISON)}`);
    assert.match(problem!.error.message, new RegExp(`/api/entities/${q(HARRISON).replace(/%/g, '%')}/articles`));
  });

  it('answers carry a weak ETag and Cache-Control; If-None-Match with it gets a 304 without a body', async () => {
    const first = await app.request('/api/articles?limit=2');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/".+"$/);
    assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
    const again = await app.request('/api/articles?limit=2', { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    const other = await app.request('/api/articles?limit=3', { headers: { 'If-None-Match': etag! } });
    assert.equal(other.status, 200, 'a different body has a different ETag');
  });

  it('errors are JSON with a stable code and are not cached', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/articles/nope', 404, 'not_found'],
      ['/api/articles/nope/related', 404, 'not_found'],
      ['/api/entities/nope', 404, 'not_found'],
      ['/api/entities/nope/articles', 404, 'not_found'],
      [`/api/search?entity=${q(HARRISON)}`, 400, 'missing_query'],
      ['/api/stories/nope', 404, 'not_found'],
      ['/api/nothing-here', 404, 'not_found'],
      ['/api/search', 400, 'missing_query'],
      ['/api/search?q=%20%20', 400, 'missing_query'],
      ['/api/articles?page=0', 400, 'invalid_parameters'],
      ['/api/articles?limit=1000', 400, 'invalid_parameters'],
      ['/api/entities?type=PERSON', 400, 'invalid_parameters'],
      ['/api/stories?since=2026-02-31', 400, 'invalid_parameters'],
      [`/api/search?q=${'x'.repeat(20_001)}`, 400, 'query_too_long'],
    ];
    for (const [path, status, code] of cases) {
      const { res, body } = await get(path);
      assert.equal(res.status, status, path);
      assert.equal(body?.error.code, code, path);
      assert.equal(typeof body?.error.message, 'string');
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
    }
    const post = await app.request('/api/articles', { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    assert.equal(((await post.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
  });

  it('search by entity keeps only articles that mention it', async () => {
    const all = (await get(`/api/search?q=${q('الانتخابات')}&limit=50`)).body!;
    const khatib = (await get(`/api/search?q=${q('الانتخابات')}&entity=${q(KHATIB)}&limit=50`)).body!;
    assert.ok(khatib.total > 0 && khatib.total < all.total, `${khatib.total} of ${all.total}`);
    const mentioning = new Set((await store.entityArticles(KHATIB, { limit: 100 })).items.map((a) => a.id));
    for (const hit of khatib.hits) assert.ok(mentioning.has(hit.id), `${hit.id} does not mention ${KHATIB}`);
  });

  it('facet counts per outlet add up to the total', async () => {
    const { body } = await get(`/api/search?q=${q('أمطار')}&facets=source`);
    assert.equal(body!.total, WEATHER_BULLETINS);
    const counts = body!.facets.sources as Array<{ source: string; articles: number }>;
    assert.ok(counts.length >= 2);
    assert.equal(counts.reduce((sum, c) => sum + c.articles, 0), body!.total);
    const one = (await get(`/api/search?q=${q('أمطار')}&source=${q(counts[0].source)}`)).body!;
    assert.equal(one.total, counts[0].articles);
  });

  it('pages through search results without repeating a hit', async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const { body } = await get(`/api/search?q=${q('أمطار')}&limit=10&page=${page}`);
      for (const hit of body!.hits) {
        assert.ok(!seen.has(hit.id), `${hit.id} repeated on page ${page}`);
        seen.add(hit.id);
      }
    }
    assert.equal(seen.size, WEATHER_BULLETINS);
  });

  it('an entity comes with its mentions per day and the entities named beside it', async () => {
    const { body } = await get(`/api/entities/${q(HARRISON)}`);
    assert.equal(body!.canonical, 'مارغريت هاريسون');
    assert.ok(body!.variants.includes('مارجريت هاريسون'));
    assert.deepEqual(body!.timeline.map((p: { day: string }) => p.day), ['2026-11-24', '2026-11-25']);
    assert.ok(body!.coMentions.some((c: { id: string }) => c.id === KHATIB));
  });

  it("quotes are found by part of the speaker's name", async () => {
    const { body } = await get(`/api/quotes?speaker=${q('هاريسون')}`);
    assert.ok(body!.items.some((item: { speaker?: { entityId?: string } }) => item.speaker?.entityId === HARRISON));
    for (const item of body!.items as Array<{ speaker?: { text: string; canonical?: string } }>) {
      assert.match(`${item.speaker?.canonical ?? ''} ${item.speaker?.text ?? ''}`, /هاريسون/);
    }
  });

  it("a story's articles come in publication order", async () => {
    const { body } = await get(`/api/stories/${ENVOY_STORY}`);
    const dates = body!.articles.map((a: { publishedAt: string }) => a.publishedAt);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(body!.articles[0].id, 'fx-envoy-masaa');
  });
});
