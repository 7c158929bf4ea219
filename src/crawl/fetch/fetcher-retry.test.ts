// Retries on network errors, 429 and 5xx, with backoff and Retry-After, against real servers.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { Fetcher } from './fetcher.ts';
import type { FetchOutcome, FetchPolicy } from './policy.ts';
import { startTestServer, type Handler, type TestServer } from './test-server.ts';

const LOCAL: Partial<FetchPolicy> = { allowPrivate: true, polite: false, retries: 3, retryBaseDelayMs: 10, timeoutMs: 2000, totalTimeoutMs: 5000 };

async function setUp(t: TestContext, handler: Handler, policy: Partial<FetchPolicy> = {}): Promise<{ server: TestServer; fetcher: Fetcher }> {
  const server = await startTestServer(handler);
  const fetcher = new Fetcher({ ...LOCAL, ...policy });
  t.after(async () => { fetcher.close(); await server.close(); });
  return { server, fetcher };
}

function failure(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }> {
  assert.equal(outcome.kind, 'failed', `expected a failure, got ${outcome.kind}`);
  return outcome as Extract<FetchOutcome, { kind: 'failed' }>;
}

describe('Fetcher: retries', () => {
  it('429 with Retry-After is waited out, then the page arrives', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => {
      if (server.requests.length === 1) { response.writeHead(429, { 'retry-after': '1' }); response.end(); return; }
      response.end('عاد الخادم');
    });
    const outcome = await fetcher.fetch({ url: server.url('/busy') });
    assert.equal(outcome.kind, 'ok');
    const [first, second] = server.hits('/busy');
    // The backoff alone would be ~10 ms; the server asked for a second.
    assert.ok(second.at - first.at >= 900, `retried after ${Math.round(second.at - first.at)} ms`);
  });

  it('503 every time: retries run out and the failure names the last status', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => { response.statusCode = 503; response.end(); }, { retries: 2 });
    const outcome = failure(await fetcher.fetch({ url: server.url('/down') }));
    assert.equal(server.requests.length, 3);
    assert.equal(outcome.status, 503);
    assert.equal(outcome.retryable, true);
    assert.equal(outcome.error.code, 'network');
    assert.equal(outcome.error.message, `${server.url('/down')}: HTTP 503 Service Unavailable; gave up after 3 attempts`);
  });

  it('backoff grows between attempts', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => { response.statusCode = 500; response.end(); }, { retries: 3, retryBaseDelayMs: 40 });
    failure(await fetcher.fetch({ url: server.url('/flaky') }));
    const gaps = server.requests.slice(1).map((request, i) => request.at - server.requests[i].at);
    // Each wait is at least half its step (20, 40, 80 ms); checked with room for jitter.
    gaps.forEach((gap, attempt) => assert.ok(gap >= 0.75 * (40 * 2 ** attempt) / 2, `wait ${attempt} was ${Math.round(gap)} ms`));
    assert.ok(gaps[2] > gaps[0], `waits did not grow: ${gaps.map(Math.round).join(', ')} ms`);
  });

  it('a Retry-After longer than a minute is handed to the caller instead of waited for', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => { response.writeHead(503, { 'retry-after': '3600' }); response.end(); });
    const outcome = failure(await fetcher.fetch({ url: server.url('/maintenance') }));
    assert.equal(server.requests.length, 1);
    assert.equal(outcome.retryAfterMs, 3_600_000);
    assert.equal(outcome.retryable, true);
  });

  it('a dropped connection is retried', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (server.requests.length === 1) { request.socket.destroy(); return; }
      response.end('وصل');
    });
    const outcome = await fetcher.fetch({ url: server.url('/reset') });
    assert.equal(outcome.kind, 'ok');
    assert.equal(server.requests.length, 2);
  });

  it('a connection refused is retried, then reported with its cause', async (t) => {
    const server = await startTestServer(() => {});
    const url = server.url('/gone');
    await server.close();
    const fetcher = new Fetcher({ ...LOCAL, retries: 1 });
    t.after(() => fetcher.close());
    const outcome = failure(await fetcher.fetch({ url }));
    assert.match(outcome.error.message, /ECONNREFUSED.*gave up after 2 attempts$/);
    assert.equal(outcome.retryable, true);
  });
});
