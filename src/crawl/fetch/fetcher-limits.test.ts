// Bounded time and memory against hostile or broken servers: huge, endless and bomb bodies,
// hosts that never answer or trickle, and callers that give up.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import zlib from 'node:zlib';
import { Fetcher } from './fetcher.ts';
import type { FetchOutcome, FetchPolicy } from './policy.ts';
import { startTestServer, type Handler, type TestServer } from './test-server.ts';

const LOCAL: Partial<FetchPolicy> = { allowPrivate: true, polite: false, retries: 0, timeoutMs: 2000, totalTimeoutMs: 5000, maxBodyBytes: 1024 * 1024 };
const MEGABYTE = 1024 * 1024;

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

/** Writes `chunk` whenever the socket can take it, until the client goes away. */
function writeForever(response: import('node:http').ServerResponse, chunk: Buffer): void {
  const pump = () => { while (!response.destroyed && response.write(chunk)); };
  response.on('drain', pump);
  pump();
}

describe('Fetcher: body size', () => {
  it('a response claiming 1 GB is refused from its Content-Length, before the body is read', async (t) => {
    let bytesSent = 0;
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.writeHead(200, { 'content-length': String(1024 * MEGABYTE), 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => { while (!response.destroyed && response.write(chunk)) bytesSent += chunk.length; };
      response.on('drain', pump);
      pump();
    });
    const outcome = failure(await fetcher.fetch({ url: server.url('/huge') }));
    assert.equal(outcome.error.code, 'too_large');
    assert.equal(outcome.retryable, false);
    assert.match(outcome.error.message, /declares 1073741824 bytes/);
    assert.ok(bytesSent < 64 * MEGABYTE, `the server got to send ${bytesSent} bytes`);
  });

  it('an endless body without Content-Length stops at maxBodyBytes', async (t) => {
    let closed = false;
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.on('close', () => { closed = true; });
      response.writeHead(200, { 'content-type': 'text/html' });
      writeForever(response, Buffer.alloc(64 * 1024, 0x62));
    });
    const outcome = failure(await fetcher.fetch({ url: server.url('/endless') }));
    assert.equal(outcome.error.code, 'too_large');
    assert.match(outcome.error.message, /larger than the 1048576-byte limit/);
    // The fetcher hung up: the server's endless response is closed under it.
    await waitFor(() => closed);
  });

  it('a gzip bomb stops at maxBodyBytes of decompressed bytes', async (t) => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * MEGABYTE));
    assert.ok(bomb.length < MEGABYTE, 'the bomb is small on the wire');
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      response.end(bomb);
    });
    const outcome = failure(await fetcher.fetch({ url: server.url('/bomb') }));
    assert.equal(outcome.error.code, 'too_large');
    assert.match(outcome.error.message, /once decompressed/);
  });

  it('a body just under the limit is delivered whole', async (t) => {
    const body = Buffer.alloc(MEGABYTE - 10, 0x63);
    const { server, fetcher } = await setUp(t, (_request, response) => { response.end(body); });
    const outcome = await fetcher.fetch({ url: server.url('/fits') });
    assert.equal(outcome.kind, 'ok');
    assert.equal(outcome.kind === 'ok' ? outcome.bytes.length : 0, body.length);
  });
});

describe('Fetcher: timeouts', () => {
  it('a host that accepts and never answers fails after timeoutMs', async (t) => {
    const { server, fetcher } = await setUp(t, () => { /* never answers */ }, { timeoutMs: 150 });
    const outcome = failure(await fetcher.fetch({ url: server.url('/silent') }));
    assert.equal(outcome.error.code, 'network');
    assert.equal(outcome.error.message, `${server.url('/silent')}: no response within 150 ms`);
    assert.equal(outcome.retryable, true);
  });

  it('a body that stops flowing fails after timeoutMs of silence', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>بداية الخبر');
    }, { timeoutMs: 150 });
    const outcome = failure(await fetcher.fetch({ url: server.url('/stalled') }));
    assert.match(outcome.error.message, /the body stalled for 150 ms/);
  });

  it('a body that trickles forever fails at totalTimeoutMs', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('خ'), 20);
      response.on('close', () => clearInterval(timer));
    }, { timeoutMs: 1000, totalTimeoutMs: 300 });
    const outcome = failure(await fetcher.fetch({ url: server.url('/trickle') }));
    assert.match(outcome.error.message, /not finished within 300 ms/);
  });
});

describe('Fetcher: stopping', () => {
  it('an AbortSignal stops a request in flight and the connection is closed', async (t) => {
    let serverSawClose = false;
    const { server, fetcher } = await setUp(t, (request) => { request.socket.on('close', () => { serverSawClose = true; }); });
    const controller = new AbortController();
    const pending = fetcher.fetch({ url: server.url('/slow') }, controller.signal);
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    const outcome = failure(await pending);
    assert.match(outcome.error.message, /aborted/);
    await waitFor(() => serverSawClose);
  });

  it('an AbortSignal also ends a wait between retries', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => { response.statusCode = 503; response.end(); },
      { retries: 3, retryBaseDelayMs: 60_000 });
    const controller = new AbortController();
    const pending = fetcher.fetch({ url: server.url('/busy') }, controller.signal);
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    const outcome = failure(await pending);
    assert.match(outcome.error.message, /aborted/);
    assert.equal(server.requests.length, 1);
  });

  it('close() ends fetches in progress with a failed outcome', async (t) => {
    const { server, fetcher } = await setUp(t, () => { /* never answers */ });
    const pending = fetcher.fetch({ url: server.url('/slow') });
    await waitFor(() => server.requests.length === 1);
    fetcher.close();
    const outcome = failure(await pending);
    assert.match(outcome.error.message, /closed|aborted/);
  });
});

describe('Fetcher: many fetches at once', () => {
  it('fetches sharing one caller signal raise no listener-leak warning', async (t) => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    t.after(() => { process.off('warning', onWarning); });
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      setTimeout(() => response.end('خبر'), 5);
    }, { polite: true, perHostDelayMs: 0, perHostConcurrency: 4 });
    const shared = new AbortController();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => fetcher.fetch({ url: server.url(`/${i}`) }, shared.signal)));
    assert.deepEqual(new Set(outcomes.map((o) => o.kind)), new Set(['ok']));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(warnings.map((w) => w.message), []);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), 'condition not met within 2.5 s');
}
