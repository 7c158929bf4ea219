import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ingestItems, type IngestSummary } from '../pipeline/ingest.ts';
import type { NewFrontierUrl } from '../store/frontier-port.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { Crawler, type CrawlEvent } from './crawler.ts';
import { Fetcher } from './fetch/index.ts';
import { startTestServer } from './fetch/test-server.ts';
import { fictionalArticles } from './testing/fictional-articles.ts';
import { startNewsSite } from './testing/news-site.ts';
import { canonicalUrl } from './urls.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-crawler-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

interface CrawlRun {
  summary: IngestSummary;
  crawler: Crawler;
  events: CrawlEvent[];
}

async function crawl(store: SqliteStore, seeds: string[], now?: () => Date): Promise<CrawlRun> {
  const fetcher = new Fetcher({ allowPrivate: true, perHostDelayMs: 0, perHostConcurrency: 8, retries: 0 });
  const events: CrawlEvent[] = [];
  const crawler = new Crawler(store, { fetcher, concurrency: 8, onEvent: (e) => events.push(e), now });
  const urls: NewFrontierUrl[] = seeds.map((url) => ({ url: canonicalUrl(url)!, kind: 'seed', source: 'الأفق' }));
  try {
    const summary = await ingestItems(crawler.run(urls), store, { workers: 0, onItem: (r) => crawler.onItem(r) });
    return { summary, crawler, events };
  } finally {
    fetcher.close();
  }
}

function freshStore(): SqliteStore {
  return new SqliteStore(join(dir, `crawl-${counter++}.db`));
}

describe('crawler', () => {
  it('fetches every article a feed lists once, and a second pass fetches none of them again', async () => {
    const site = await startNewsSite(fictionalArticles(12, 3), { feedSize: 12 });
    const store = freshStore();
    try {
      const first = await crawl(store, [site.feedUrl]);
      assert.deepEqual(first.summary, { ingested: 12, duplicates: 0, rejected: 0 });
      assert.equal(site.articleFetches().size, 12);
      assert.ok([...site.articleFetches().values()].every((n) => n === 1));
      const second = await crawl(store, [site.feedUrl]);
      assert.deepEqual(second.summary, { ingested: 0, duplicates: 0, rejected: 0 });
      assert.equal(second.crawler.counts.notModified, 1, 'the feed itself is asked "changed since?" and answers 304');
      assert.ok([...site.articleFetches().values()].every((n) => n === 1));
      const stored = await store.listArticles({ limit: 50 });
      assert.equal(stored.total, 12);
      assert.ok(stored.items.every((a) => a.source === 'الأفق'));
    } finally {
      await store.close();
      await site.close();
    }
  });

  it('follows a sitemap index (which lists itself) and new feed items, one fetch per article whatever the tracking parameters', async () => {
    const site = await startNewsSite(fictionalArticles(30, 4), { feedSize: 10, sitemapSize: 8, privatePages: 2, linkSuffix: '?utm_source=feed&utm_medium=rss' });
    const store = freshStore();
    try {
      const run = await crawl(store, [site.sitemapUrl, site.feedUrl, site.atomUrl]);
      assert.equal(run.summary.ingested, 30);
      assert.equal(run.crawler.counts.disallowed, 2);
      assert.equal(site.privateFetches(), 0, 'robots.txt keeps the crawler out of /private/');
      assert.ok([...site.articleFetches().values()].every((n) => n === 1));
      assert.ok(run.events.some((e) => e.message.includes('lists itself')));
      site.publish(fictionalArticles(3, 5, '2026-11-20T00:00:00.000Z'));
      const later = await crawl(store, [site.feedUrl]);
      assert.equal(later.summary.ingested, 3, 'only the newly published articles are fetched');
      assert.equal(site.articleFetches().size, 33);
      assert.ok([...site.articleFetches().values()].every((n) => n === 1));
    } finally {
      await store.close();
      await site.close();
    }
  });

  it('a page that fails stays queued for a later attempt while the rest are stored; a feed that is not XML is rejected', async () => {
    const articles = fictionalArticles(3, 6);
    const site = await startNewsSite(articles);
    let failing = true;
    const proxy = await startTestServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(`<rss version="2.0"><channel>${[1, 2, 3].map((n) => `<item><link>${site.origin}/news/${n}.html</link></item>`).join('')}
          <item><link>PROXY/flaky.html</link></item></channel></rss>`.replaceAll('PROXY', `http://${request.headers.host}`));
      } else if (request.url === '/flaky.html' && failing) {
        response.writeHead(503);
        response.end();
      } else if (request.url === '/flaky.html') {
        response.writeHead(302, { location: `${site.origin}/news/1.html` });
        response.end();
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body><p>ليست قناة أخبار</p></body></html>');
      }
    });
    const store = freshStore();
    try {
      let clock = Date.parse('2026-11-01T00:00:00Z');
      const now = () => new Date(clock);
      const run = await crawl(store, [proxy.url('/feed.xml')], now);
      assert.deepEqual(run.summary, { ingested: 3, duplicates: 0, rejected: 1 });
      const flaky = await store.frontier.get(proxy.url('/flaky.html'));
      assert.deepEqual([flaky?.state, flaky?.attempts, flaky?.status], ['queued', 1, 503]);
      assert.ok(flaky!.nextFetchAt > now().toISOString(), 'it waits before the next attempt');
      assert.deepEqual((await crawl(store, [], now)).summary, { ingested: 0, duplicates: 0, rejected: 0 }, 'not due yet');
      failing = false;
      clock += 6 * 60_000;
      const retried = await crawl(store, [], now);
      assert.deepEqual(retried.summary, { ingested: 0, duplicates: 1, rejected: 0 }, 'it redirects to an article already stored');
      assert.equal((await store.frontier.get(proxy.url('/flaky.html')))?.state, 'done');

      const notFeed = await crawl(store, [proxy.url('/page.html')].map((u) => u), now);
      assert.equal(notFeed.summary.ingested + notFeed.summary.rejected, 1);
      await store.frontier.requeue([{ url: proxy.url('/other.html'), kind: 'feed' }], now().toISOString());
      const wrongFeed = await crawl(store, [], now);
      assert.equal(wrongFeed.summary.rejected, 1);
      assert.match((await store.frontier.get(proxy.url('/other.html')))!.error!, /not a feed or sitemap/);
    } finally {
      await store.close();
      await proxy.close();
      await site.close();
    }
  });

  it('a page stored before its URL was marked done is recognised and not fetched again', async () => {
    const site = await startNewsSite(fictionalArticles(4, 7), { feedSize: 4 });
    const store = freshStore();
    try {
      await crawl(store, [site.feedUrl]);
      // As after a kill between the batch's commit and the frontier update: the URLs look queued.
      for (let i = 0; i < 4; i++) await store.frontier.record(canonicalUrl(site.articleUrl(i))!, { state: 'queued' });
      const again = await crawl(store, []);
      assert.equal(again.crawler.counts.alreadyStored, 4);
      assert.equal(again.crawler.counts.fetched, 0);
      assert.ok([...site.articleFetches().values()].every((n) => n === 1));
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('crawler against hostile sources', () => {
  it('malformed XML, a feed of 100,000 items, a redirect loop and a 1 GB response: one diagnostic each, and the good feed is still read', async () => {
    const site = await startNewsSite(fictionalArticles(5, 21), { feedSize: 5 });
    const huge = `<?xml version="1.0"?><rss version="2.0"><channel><title>كثير</title>${
      Array.from({ length: 100_000 }, (_, i) => `<item><title>خبر ${i}</title><link>/huge/${i}.html</link></item>`).join('')}</channel></rss>`;
    const hostile = await startTestServer((request, response) => {
      if (request.url === '/broken.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(`<rss version="2.0"><channel><item><title>خبر</title><link>${site.articleUrl(0)}</link></item><item><title>مكسور</ti`);
      } else if (request.url === '/huge.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(huge);
      } else if (request.url === '/loop.xml') {
        response.writeHead(302, { location: '/loop.xml?again' });
        response.end();
      } else if (request.url?.startsWith('/loop.xml')) {
        response.writeHead(302, { location: '/loop.xml' });
        response.end();
      } else if (request.url === '/gigabyte.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(1024 ** 3) });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        const pump = () => { while (response.write(chunk)) { /* until the socket pushes back */ } };
        response.on('drain', pump);
        pump();
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    const store = freshStore();
    const fetcher = new Fetcher({ allowPrivate: true, perHostDelayMs: 0, perHostConcurrency: 8, retries: 0 });
    const events: CrawlEvent[] = [];
    const rejected: string[] = [];
    const crawler = new Crawler(store, { fetcher, maxLinksPerDocument: 50, onEvent: (e) => events.push(e) });
    const seeds: NewFrontierUrl[] = ['/broken.xml', '/huge.xml', '/loop.xml', '/gigabyte.xml']
      .map((p) => ({ url: canonicalUrl(hostile.url(p))!, kind: 'feed' }));
    seeds.push({ url: canonicalUrl(site.feedUrl)!, kind: 'feed' });
    try {
      const summary = await ingestItems(crawler.run(seeds), store, {
        workers: 0,
        onItem: (r) => { crawler.onItem(r); if (r.status === 'rejected') rejected.push(r.error ?? ''); },
      });
      assert.equal(summary.ingested, 5, 'the good feed\'s articles are stored');
      assert.ok(events.some((e) => e.url.endsWith('/broken.xml') && e.level === 'warning'), 'malformed XML is reported');
      assert.ok(events.some((e) => e.url.endsWith('/huge.xml') && /50/.test(e.message)), 'the huge feed is cut at the link limit, and says so');
      assert.equal(hostile.requests.filter((r) => r.path.startsWith('/huge/')).length, 50);
      assert.ok(rejected.some((m) => m.includes('/loop.xml') && /redirect/i.test(m)), 'the redirect loop is one error');
      assert.ok(rejected.some((m) => m.includes('/gigabyte.xml') && /large|limit|bytes/i.test(m)), 'the 1 GB response is refused');
      assert.ok(rejected.every((m) => !m.includes('\n')), 'every error is one line');
    } finally {
      fetcher.close();
      await store.close();
      await hostile.close();
      await site.close();
    }
  });
});
