// The private-address rule end to end. Private answers come from an injected resolver, and the
// rule refuses them before any socket opens, so no packet ever goes to 10.0.0.5 or 169.254.169.254.
import assert from 'node:assert/strict';
import type dns from 'node:dns';
import { describe, it, type TestContext } from 'node:test';
import { Fetcher } from './fetcher.ts';
import type { FetchOutcome, FetchPolicy } from './policy.ts';
import { fakeLookup, startTestServer, type Handler, type TestServer } from './test-server.ts';

const STRICT: Partial<FetchPolicy> = { allowPrivate: false, perHostDelayMs: 0, retries: 2, retryBaseDelayMs: 1, timeoutMs: 1000 };

async function setUp(t: TestContext, handler: Handler, policy: Partial<FetchPolicy>, lookup?: typeof dns.lookup): Promise<{ server: TestServer; fetcher: Fetcher }> {
  const server = await startTestServer(handler);
  const fetcher = new Fetcher({ ...STRICT, ...policy }, lookup ? { lookup } : {});
  t.after(async () => { fetcher.close(); await server.close(); });
  return { server, fetcher };
}

function blocked(outcome: FetchOutcome): string {
  assert.equal(outcome.kind, 'failed', `expected the address to be refused, got ${outcome.kind}`);
  if (outcome.kind !== 'failed') return '';
  assert.equal(outcome.error.code, 'blocked_address');
  assert.equal(outcome.retryable, false);
  assert.ok(!outcome.error.message.includes('\n'), 'one line');
  assert.match(outcome.error.message, /use --allow-private to fetch it$/);
  return outcome.error.message;
}

/** Answers every name with `answers` and counts the questions. */
function countingLookup(answers: { address: string; family: number }[]): { lookup: typeof dns.lookup; calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string, _options: unknown, callback: (error: Error | null, answers: unknown) => void) => {
    calls.push(hostname);
    callback(null, answers);
  };
  return { lookup: lookup as unknown as typeof dns.lookup, calls };
}

describe('Fetcher: private addresses are refused unless allowed', () => {
  it('a loopback URL is refused, names the input, and nothing reaches the server', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => response.end('سر'), {});
    const url = server.url('/admin');
    const message = blocked(await fetcher.fetch({ url }));
    assert.equal(message, `${url}: 127.0.0.1 is a private address (loopback 127.0.0.0/8); use --allow-private to fetch it`);
    assert.equal(server.requests.length, 0);
  });

  it('other spellings of loopback are refused too', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => response.end('سر'), { polite: false });
    const port = new URL(server.origin).port;
    for (const host of ['[::ffff:127.0.0.1]', '2130706433', '0x7f.1', 'localhost', 'LocalHost.']) {
      blocked(await fetcher.fetch({ url: `http://${host}:${port}/` }));
    }
    assert.equal(server.requests.length, 0);
  });

  it('a public-looking name resolving to a private network address is refused after DNS', async (t) => {
    const fetcher = new Fetcher(STRICT, { lookup: fakeLookup({ 'news.example': '10.0.0.5' }) });
    t.after(() => fetcher.close());
    const message = blocked(await fetcher.fetch({ url: 'http://news.example/أخبار' }));
    assert.match(message, /news\.example resolves to 10\.0\.0\.5, a private address \(private network 10\.0\.0\.0\/8\)/);
  });

  it('a name resolving to the cloud metadata address is refused after DNS', async (t) => {
    const fetcher = new Fetcher({ ...STRICT, polite: false }, { lookup: fakeLookup({ 'cdn.example': '169.254.169.254' }) });
    t.after(() => fetcher.close());
    assert.match(blocked(await fetcher.fetch({ url: 'http://cdn.example/latest/meta-data/' })), /169\.254\.169\.254.*metadata/);
  });

  it('metadata.google.internal is refused by name, without asking DNS', async (t) => {
    const { lookup, calls } = countingLookup([{ address: '127.0.0.1', family: 4 }]);
    const fetcher = new Fetcher(STRICT, { lookup });
    t.after(() => fetcher.close());
    blocked(await fetcher.fetch({ url: 'http://metadata.google.internal/computeMetadata/v1/' }));
    assert.deepEqual(calls, []);
  });

  it('one private answer among several refuses the name (no rebinding hedge)', async (t) => {
    const { lookup } = countingLookup([{ address: '127.0.0.1', family: 4 }, { address: '10.0.0.5', family: 4 }]);
    const { server, fetcher } = await setUp(t, (_request, response) => response.end('x'),
      { polite: false, allowedPrivateAddresses: ['127.0.0.1'] }, lookup);
    const port = new URL(server.origin).port;
    assert.match(blocked(await fetcher.fetch({ url: `http://mixed.example:${port}/` })), /10\.0\.0\.5/);
    assert.equal(server.requests.length, 0);
  });

  it('every redirect hop is checked again: an allowed host redirecting inward is refused', async (t) => {
    // The server on 127.0.0.1 stands for a public host: only that one address is exempted.
    const targets: Record<string, string> = {
      '/to-private-name': 'http://intranet.example/',
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
      '/to-localhost': 'http://localhost/',
    };
    const lookup = fakeLookup({ 'public.example': '127.0.0.1', 'intranet.example': '10.0.0.5' });
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      response.writeHead(302, { location: targets[request.url ?? ''] ?? '/' });
      response.end();
    }, { allowedPrivateAddresses: ['127.0.0.1'] }, lookup);
    const port = new URL(server.origin).port;
    for (const [path, target] of Object.entries(targets)) {
      const message = blocked(await fetcher.fetch({ url: `http://public.example:${port}${path}` }));
      assert.ok(message.endsWith(`(after a redirect to ${target}); use --allow-private to fetch it`), `${path}: ${message}`);
    }
    // The first hop was fetched each time (the exemption works), nothing else was.
    assert.deepEqual(server.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.path), Object.keys(targets));
  });

  it('a name that does not resolve fails at once, not as "robots.txt unavailable"', async (t) => {
    const fetcher = new Fetcher(STRICT, { lookup: fakeLookup({}) });
    t.after(() => fetcher.close());
    const outcome = await fetcher.fetch({ url: 'http://no-such-outlet.example/أخبار' });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.equal(outcome.retryable, false);
    assert.match(outcome.error.message, /does not resolve/);
    assert.doesNotMatch(outcome.error.message, /disallowed until/);
  });

  it('allowPrivate lifts the rule', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => response.end('مسموح'), { allowPrivate: true, polite: false });
    assert.equal((await fetcher.fetch({ url: server.url('/') })).kind, 'ok');
  });
});
