// The crawl frontier's contract (../frontier-port.ts), run against every Store adapter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/types.ts';
import { indexTerms } from '../search/index-terms.ts';
import type { Store } from './port.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:05:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';

const FEED = 'https://akhbar.example/rss.xml';
const A1 = 'https://akhbar.example/2026/03/أخبار-ليبيا';
const A2 = 'https://akhbar.example/2026/03/2';

function fetchedArticle(url: string): Article {
  const paragraphs = ['دعت الحكومة إلى الحوار.'];
  return { id: `a-${url.length}`, url: `${url}?amp`, title: 'خبر', authors: [], language: 'ar', paragraphs, text: paragraphs[0], diagnostics: [],
    firstSeenAt: T0 };
}

export function runFrontierContract(name: string, open: () => Promise<Store>): void {
  describe(`Crawl frontier contract: ${name}`, () => {
    it('adds only URLs it does not know, and hands out due ones feeds first', async () => {
      const store = await open();
      assert.equal(await store.frontier.add([{ url: A1, kind: 'article', source: 'الأفق', discoveredFrom: FEED },
        { url: FEED, kind: 'feed' }], T0), 2);
      assert.equal(await store.frontier.add([{ url: A1, kind: 'article' }, { url: A2, kind: 'article' }], T1), 1);
      assert.deepEqual((await store.frontier.due(T0, 10)).map((e) => e.url), [FEED, A1]);
      assert.deepEqual((await store.frontier.due(T1, 10)).map((e) => e.url), [FEED, A1, A2]);
      assert.deepEqual((await store.frontier.due(T1, 1)).map((e) => e.url), [FEED]);
      const first = await store.frontier.get(A1);
      assert.equal(first?.source, 'الأفق');
      assert.equal(first?.discoveredFrom, FEED);
      assert.equal(first?.state, 'queued');
      await store.close();
    });

    it('records outcomes: done leaves the queue, a failure counts attempts and waits, success resets them', async () => {
      const store = await open();
      await store.frontier.add([{ url: A1, kind: 'article' }, { url: FEED, kind: 'seed' }], T0);
      await store.frontier.record(A1, { state: 'done', fetchedAt: T0, status: 200, articleId: 'abc' });
      await store.frontier.record(FEED, { state: 'queued', kind: 'feed', failedAttempt: true, error: 'مهلة', nextFetchAt: T2 });
      assert.deepEqual(await store.frontier.due(T1, 10), []);
      assert.equal(await store.frontier.nextDue(), T2);
      const failed = await store.frontier.get(FEED);
      assert.deepEqual([failed?.kind, failed?.attempts, failed?.error], ['feed', 1, 'مهلة']);
      await store.frontier.record(FEED, { state: 'done', fetchedAt: T2, etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
      const done = await store.frontier.get(FEED);
      assert.deepEqual([done?.attempts, done?.error, done?.etag], [0, undefined, '"v1"']);
      assert.equal((await store.frontier.get(A1))?.articleId, 'abc');
      assert.deepEqual(await store.frontier.counts(), { queued: 0, done: 2, failed: 0, disallowed: 0, rejected: 0 });
      await store.close();
    });

    it('requeue makes a known URL due again and keeps its validators', async () => {
      const store = await open();
      await store.frontier.add([{ url: FEED, kind: 'seed' }], T0);
      await store.frontier.record(FEED, { state: 'done', kind: 'feed', etag: '"v1"' });
      await store.frontier.requeue([{ url: FEED, kind: 'feed', source: 'الأفق' }, { url: A2, kind: 'article' }], T1);
      assert.deepEqual((await store.frontier.due(T1, 10)).map((e) => [e.url, e.etag, e.source]),
        [[FEED, '"v1"', 'الأفق'], [A2, undefined, undefined]]);
      await store.frontier.requeue([{ url: FEED, kind: 'seed' }], T2);
      assert.deepEqual([(await store.frontier.get(FEED))?.kind, (await store.frontier.get(FEED))?.source], ['feed', 'الأفق']);
      await store.close();
    });

    it('knows which URLs are already stored: by the raw input fetched from them, or an article with that URL', async () => {
      const store = await open();
      const fromRaw = fetchedArticle(A1);
      const withUrl: Article = { ...fetchedArticle(A2), id: 'b', url: A2 };
      await store.putArticles([
        { article: fromRaw, raw: { id: 'raw-a1', origin: A1, format: 'html', url: A1, bytes: new TextEncoder().encode('<p>خبر</p>') },
          titleTerms: indexTerms(fromRaw.title), bodyTerms: indexTerms(fromRaw.text) },
        { article: withUrl, titleTerms: indexTerms(withUrl.title), bodyTerms: indexTerms(withUrl.text) },
      ]);
      assert.deepEqual([...await store.frontier.stored([A1, A2, FEED])].sort(), [A1, A2].sort());
      await store.close();
    });
  });
}
