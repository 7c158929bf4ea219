// robots.txt, Crawl-delay, per-host pacing and concurrency, checked on the server's own clock.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { Fetcher } from './fetcher.ts';
import type { FetchOutcome, FetchPolicy } from './policy.ts';
import { fakeLookup, startTestServer, type Handler, type TestServer } from './test-server.ts';

const LOCAL: Partial<FetchPolicy> = { allowPrivate: true, polite: true, perHostDelayMs: 0, retries: 0, timeoutMs: 2000, totalTimeoutMs: 5000 };

async function setUp(t: TestContext, handler: Handler, policy: Partial<FetchPolicy> = {}, lookup?: Record<string, string>) {
  const server = await startTestServer(handler);
  const fetcher = new Fetcher({ ...LOCAL, ...policy }, lookup ? { lookup: fakeLookup(lookup) } : {});
  t.after(async () => { fetcher.close(); await server.close(); });
  return { server, fetcher };
}

/** A site whose robots.txt is `robots` (or a status) and whose pages answer after `holdMs`. */
function site(robots: string | number, holdMs = 0): Handler {
  return (request, response) => {
    if (request.url === '/robots.txt') {
      if (typeof robots === 'number') { response.statusCode = robots; response.end(); return; }
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end(robots);
      return;
    }
    setTimeout(() => response.end(`<p>صفحة ${request.url}</p>`), holdMs);
  };
}

function pages(server: TestServer) {
  return server.requests.filter((request) => request.path !== '/robots.txt');
}

function gaps(server: TestServer): number[] {
  const starts = pages(server).map((request) => request.at);
  return starts.slice(1).map((at, i) => at - starts[i]);
}

describe('Fetcher: robots.txt', () => {
  it('a page robots.txt disallows is not fetched', async (t) => {
    const { server, fetcher } = await setUp(t, site('User-agent: *\nDisallow: /خاص/\n'));
    const outcome = await fetcher.fetch({ url: server.url('/خاص/1') });
    assert.equal(outcome.kind, 'disallowed');
    assert.match(outcome.kind === 'disallowed' ? outcome.reason : '', /robots\.txt disallows/);
    assert.equal(pages(server).length, 0);
    assert.equal((await fetcher.fetch({ url: server.url('/عام/1') })).kind, 'ok');
  });

  it('robots.txt is fetched once per site, even for many fetches at once', async (t) => {
    const { server, fetcher } = await setUp(t, site('User-agent: *\nAllow: /\n'), { perHostConcurrency: 4 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch({ url: server.url(`/خبر/${i}`) })));
    assert.deepEqual(outcomes.map((o) => o.kind), Array(6).fill('ok'));
    assert.equal(server.hits('/robots.txt').length, 1);
  });

  it('our own group applies: Disallow for marsad blocks us even when * is allowed', async (t) => {
    const { server, fetcher } = await setUp(t, site('User-agent: *\nAllow: /\n\nUser-agent: marsad\nDisallow: /أرشيف\n'));
    assert.equal((await fetcher.fetch({ url: server.url('/أرشيف/2010') })).kind, 'disallowed');
    assert.equal(await fetcher.robotsAllows(server.url('/أخبار')), true);
    assert.equal(await fetcher.robotsAllows(server.url('/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81')), false);
  });

  it('a redirect into a disallowed path stops before fetching it', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.end('User-agent: *\nDisallow: /private\n'); return; }
      if (request.url === '/short') { response.writeHead(301, { location: '/private/page' }); response.end(); return; }
      response.end('سر');
    });
    const outcome = await fetcher.fetch({ url: server.url('/short') });
    assert.equal(outcome.kind, 'disallowed');
    assert.match(outcome.kind === 'disallowed' ? outcome.reason : '', /redirect to .*\/private\/page/);
    assert.equal(server.hits('/private/page').length, 0);
  });

  it('robots.txt answering 404 or 403 means everything is allowed', async (t) => {
    for (const status of [404, 403]) {
      const { server, fetcher } = await setUp(t, site(status));
      assert.equal((await fetcher.fetch({ url: server.url('/خبر') })).kind, 'ok', String(status));
    }
  });

  it('robots.txt answering 503 means not now: a retryable failure, the page untouched, robots asked again later', async (t) => {
    const { server, fetcher } = await setUp(t, site(503));
    const outcome = await fetcher.fetch({ url: server.url('/خبر') });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.equal(outcome.retryable, true);
    assert.ok((outcome.retryAfterMs ?? 0) > 0);
    assert.match(outcome.error.message, /robots\.txt could not be read \(robots\.txt answered HTTP 503\)/);
    assert.equal(pages(server).length, 0);
    // Within the retry window the failure is remembered rather than asked again.
    assert.equal(await fetcher.robotsAllows(server.url('/خبر')), false);
    assert.equal(server.hits('/robots.txt').length, 1);
  });

  it('a robots.txt redirect is followed', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.writeHead(301, { location: '/static/robots.txt' }); response.end(); return; }
      if (request.url === '/static/robots.txt') { response.end('User-agent: *\nDisallow: /\n'); return; }
      response.end('x');
    });
    assert.equal((await fetcher.fetch({ url: server.url('/خبر') })).kind, 'disallowed');
  });

  it('only the first 500 KiB of robots.txt count', async (t) => {
    const padding = `# ${'ت'.repeat(100)}\n`.repeat(3000);
    const { server, fetcher } = await setUp(t, site(`User-agent: *\nDisallow: /early\n${padding}Disallow: /late\n`));
    assert.equal((await fetcher.fetch({ url: server.url('/early') })).kind, 'disallowed');
    assert.equal((await fetcher.fetch({ url: server.url('/late') })).kind, 'ok');
  });

  it('Sitemap lines of robots.txt are available to discovery', async (t) => {
    const { server, fetcher } = await setUp(t, site('Sitemap: https://example.com/news.xml\nUser-agent: *\nAllow: /\n'));
    assert.deepEqual(await fetcher.robotsSitemaps(server.url('/')), ['https://example.com/news.xml']);
  });

  it('polite: false asks no robots.txt and keeps no gap', async (t) => {
    const { server, fetcher } = await setUp(t, site('User-agent: *\nDisallow: /\n'), { polite: false, perHostDelayMs: 5000 });
    for (let i = 0; i < 3; i++) assert.equal((await fetcher.fetch({ url: server.url(`/${i}`) })).kind, 'ok');
    assert.equal(server.hits('/robots.txt').length, 0);
  });
});

describe('Fetcher: pacing', () => {
  it('Crawl-delay spaces request starts to one host', async (t) => {
    const { server, fetcher } = await setUp(t, site('User-agent: *\nCrawl-delay: 0.3\n'), { perHostConcurrency: 4 });
    await Promise.all(Array.from({ length: 4 }, (_, i) => fetcher.fetch({ url: server.url(`/خبر/${i}`) })));
    assert.equal(pages(server).length, 4);
    // Lower bound with room for connection-setup jitter; without pacing the gaps are ~1 ms.
    for (const gap of gaps(server)) assert.ok(gap >= 200, `pages only ${Math.round(gap)} ms apart; Crawl-delay asks 300`);
  });

  it('perHostDelayMs spaces request starts when robots.txt says nothing', async (t) => {
    const { server, fetcher } = await setUp(t, site(404), { perHostDelayMs: 200, perHostConcurrency: 4 });
    await Promise.all(Array.from({ length: 3 }, (_, i) => fetcher.fetch({ url: server.url(`/${i}`) })));
    const starts = server.requests.map((request) => request.at);
    starts.slice(1).forEach((at, i) => assert.ok(at - starts[i] >= 130, `requests only ${Math.round(at - starts[i])} ms apart; the policy asks 200`));
  });

  it('no more than perHostConcurrency requests to one host at once', async (t) => {
    const { server, fetcher } = await setUp(t, site(404, 60), { polite: false, perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch({ url: server.url(`/${i}`) })));
    assert.equal(server.peakConcurrency(), 2);
  });

  it('no more than totalConcurrency requests at once across hosts', async (t) => {
    const names = { 'sabq.test': '127.0.0.1', 'okaz.test': '127.0.0.1', 'alriyadh.test': '127.0.0.1' };
    const { server, fetcher } = await setUp(t, site(404, 60), { polite: false, perHostConcurrency: 2, totalConcurrency: 2 }, names);
    const port = new URL(server.origin).port;
    await Promise.all(Object.keys(names).flatMap((host) => [1, 2].map((i) => fetcher.fetch({ url: `http://${host}:${port}/${i}` }))));
    assert.equal(pages(server).length, 6);
    assert.equal(server.peakConcurrency(), 2);
  });

  it('a host asking to wait with Retry-After holds back other requests to it', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/first') { response.writeHead(429, { 'retry-after': '1' }); response.end(); return; }
      response.end('ok');
    }, { polite: false });
    const first: FetchOutcome = await fetcher.fetch({ url: server.url('/first') });
    assert.equal(first.kind, 'failed');
    await fetcher.fetch({ url: server.url('/second') });
    const [a, b] = server.requests;
    assert.ok(b.at - a.at >= 900, `second request came ${Math.round(b.at - a.at)} ms after the 429`);
  });
});
