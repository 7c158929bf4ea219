// The fetcher against real servers on 127.0.0.1: encodings, conditional GET, redirects, charsets.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { extractDocument } from '../../extract/index.ts';
import { Fetcher } from './fetcher.ts';
import type { FetchOutcome, FetchPolicy } from './policy.ts';
import { startTestServer, type Handler, type TestServer } from './test-server.ts';

/** 127.0.0.1 is loopback, so these tests allow private addresses; fetcher-safety.test.ts covers the rule. */
const LOCAL: Partial<FetchPolicy> = { allowPrivate: true, perHostDelayMs: 0, retries: 0, timeoutMs: 2000, totalTimeoutMs: 5000 };

const HEADLINE = 'وزارة الصحة تطلق حملة وطنية للتطعيم في جميع المناطق';

async function setUp(t: TestContext, handler: Handler, policy: Partial<FetchPolicy> = {}): Promise<{ server: TestServer; fetcher: Fetcher }> {
  const server = await startTestServer(handler);
  const fetcher = new Fetcher({ ...LOCAL, ...policy });
  t.after(async () => { fetcher.close(); await server.close(); });
  return { server, fetcher };
}

function assertOk(outcome: FetchOutcome): asserts outcome is Extract<FetchOutcome, { kind: 'ok' }> {
  assert.equal(outcome.kind, 'ok', `expected ok, got ${JSON.stringify(outcome.kind === 'failed' ? outcome.error.message : outcome)}`);
}

function text(outcome: Extract<FetchOutcome, { kind: 'ok' }>): string {
  return Buffer.from(outcome.bytes).toString('utf8');
}

function servesEncoded(encoding: string, encode: (body: Buffer) => Buffer): Handler {
  return (request, response) => {
    if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.setHeader('content-encoding', encoding);
    response.end(encode(Buffer.from(HEADLINE.repeat(50))));
  };
}

describe('Fetcher: bodies, encodings, conditional GET', () => {
  it('asks for gzip, deflate and br and names itself', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => response.end('نص'), { polite: false });
    assertOk(await fetcher.fetch({ url: server.url('/خبر') }));
    const { headers } = server.requests[0];
    assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
    assert.match(headers['user-agent'] ?? '', /^Marsad\/0\.1 /);
  });

  it('a gzip body comes back decompressed', async (t) => {
    const { server, fetcher } = await setUp(t, servesEncoded('gzip', (body) => zlib.gzipSync(body)));
    const outcome = await fetcher.fetch({ url: server.url('/gzip') });
    assertOk(outcome);
    assert.equal(text(outcome), HEADLINE.repeat(50));
  });

  it('a brotli body comes back decompressed', async (t) => {
    const { server, fetcher } = await setUp(t, servesEncoded('br', (body) => zlib.brotliCompressSync(body)));
    const outcome = await fetcher.fetch({ url: server.url('/br') });
    assertOk(outcome);
    assert.equal(text(outcome), HEADLINE.repeat(50));
  });

  it('deflate comes back decompressed, zlib-wrapped or raw', async (t) => {
    for (const [name, encode] of [['zlib', zlib.deflateSync], ['raw', zlib.deflateRawSync]] as const) {
      const { server, fetcher } = await setUp(t, servesEncoded('deflate', (body) => encode(body)));
      const outcome = await fetcher.fetch({ url: server.url(`/${name}`) });
      assertOk(outcome);
      assert.equal(text(outcome), HEADLINE.repeat(50), name);
    }
  });

  it('an encoding we did not ask for is a failure, not garbage', async (t) => {
    const { server, fetcher } = await setUp(t, servesEncoded('zstd', (body) => body));
    const outcome = await fetcher.fetch({ url: server.url('/zstd') });
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.error.message : '', /zstd/);
  });

  it('ETag and Last-Modified are sent back; 304 is not-modified', async (t) => {
    const etag = '"v1-2024-05-01"';
    const lastModified = 'Wed, 01 May 2024 08:00:00 GMT';
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      if (request.headers['if-none-match'] === etag) { response.statusCode = 304; response.end(); return; }
      response.setHeader('etag', etag);
      response.setHeader('last-modified', lastModified);
      response.setHeader('content-type', 'text/html; charset=UTF-8');
      response.end(`<p>${HEADLINE}</p>`);
    });
    const first = await fetcher.fetch({ url: server.url('/article/1') });
    assertOk(first);
    assert.equal(first.etag, etag);
    assert.equal(first.lastModified, lastModified);
    assert.equal(first.contentType, 'text/html; charset=UTF-8');
    assert.equal(first.charset, 'utf-8');
    assert.equal(first.status, 200);

    const second = await fetcher.fetch({ url: server.url('/article/1'), etag: first.etag, lastModified: first.lastModified });
    assert.equal(second.kind, 'not-modified');
    const conditional = server.hits('/article/1')[1].headers;
    assert.equal(conditional['if-none-match'], etag);
    assert.equal(conditional['if-modified-since'], lastModified);
  });

  it('a windows-1256 page declared only in <meta> comes out of the extractor as Arabic', async (t) => {
    const paragraphs = [
      'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية شاملة للتطعيم تستهدف الأطفال وكبار السن في جميع مناطق المملكة، وذلك ضمن خطتها السنوية لتعزيز الوقاية من الأمراض الموسمية.',
      'وقال المتحدث الرسمي باسم الوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن المراكز الصحية ستفتح أبوابها مساءً لاستقبال المراجعين دون موعد مسبق.',
      'وأضاف أن الوزارة وفرت أكثر من مليوني جرعة من اللقاحات، ودعت المواطنين والمقيمين إلى المبادرة بالتطعيم حفاظاً على صحتهم وصحة أسرهم.',
    ];
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      response.setHeader('content-type', 'text/html');
      response.end(iconv.encode(html, 'windows-1256'));
    });
    const outcome = await fetcher.fetch({ url: server.url('/health/campaign') });
    assertOk(outcome);
    assert.equal(outcome.charset, undefined, 'the header declared no charset');
    const article = extractDocument({ origin: outcome.finalUrl, bytes: outcome.bytes, format: 'html', url: outcome.finalUrl, contentType: outcome.contentType });
    assert.equal(article.title, HEADLINE);
    assert.ok(article.paragraphs.some((paragraph) => paragraph.includes('حملة وطنية شاملة للتطعيم')), JSON.stringify(article.paragraphs));
  });
});

describe('Fetcher: redirects', () => {
  it('redirects are followed and recorded; finalUrl is where the page was', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      const hops: Record<string, [number, string]> = { '/old': [301, '/moved'], '/moved': [307, '/%D8%AE%D8%A8%D8%B1'] };
      const hop = hops[request.url ?? ''];
      if (hop) { response.writeHead(hop[0], { location: hop[1] }); response.end(); return; }
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      response.end(HEADLINE);
    });
    const outcome = await fetcher.fetch({ url: server.url('/old') });
    assertOk(outcome);
    assert.deepEqual(outcome.redirects, [server.url('/old'), server.url('/moved')]);
    assert.equal(outcome.finalUrl, server.url('/%D8%AE%D8%A8%D8%B1'));
    assert.equal(outcome.url, server.url('/old'));
    assert.equal(text(outcome), HEADLINE);
  });

  it('a redirect loop fails at once and names the loop', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      response.writeHead(302, { location: request.url === '/a' ? '/b' : '/a' });
      response.end();
    });
    const outcome = await fetcher.fetch({ url: server.url('/a') });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.match(outcome.error.message, /redirect loop: .*\/a → .*\/b → .*\/a$/);
    assert.equal(outcome.retryable, false);
    assert.equal(server.hits('/a').length, 1);
  });

  it('more than maxRedirects redirects fail', async (t) => {
    const { server, fetcher } = await setUp(t, (request, response) => {
      if (request.url === '/robots.txt') { response.statusCode = 404; response.end(); return; }
      const step = Number(request.url?.slice(1) ?? 0);
      response.writeHead(301, { location: `/${step + 1}` });
      response.end();
    }, { maxRedirects: 3 });
    const outcome = await fetcher.fetch({ url: server.url('/0') });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.equal(outcome.error.code, 'network');
    assert.match(outcome.error.message, /more than 3 redirects/);
    assert.equal(server.requests.filter((r) => r.path !== '/robots.txt').length, 4);
  });

  it('a redirect to a non-http URL fails and says so', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => {
      response.writeHead(302, { location: 'ftp://files.example.com/x' });
      response.end();
    }, { polite: false });
    const outcome = await fetcher.fetch({ url: server.url('/x') });
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.error.message : '', /non-http\(s\)/);
  });
});

describe('Fetcher: HTTP errors', () => {
  it('a 404 fails at once with its status, not retried', async (t) => {
    const { server, fetcher } = await setUp(t, (_request, response) => { response.statusCode = 404; response.end('غير موجود'); }, { polite: false, retries: 3, retryBaseDelayMs: 1 });
    const outcome = await fetcher.fetch({ url: server.url('/missing') });
    assert.equal(outcome.kind, 'failed');
    if (outcome.kind !== 'failed') return;
    assert.equal(outcome.status, 404);
    assert.equal(outcome.retryable, false);
    assert.equal(outcome.error.message, `${server.url('/missing')}: HTTP 404 Not Found`);
    assert.equal(server.requests.length, 1);
  });

  it('a URL that is not http(s) is a failed outcome, not an exception', async () => {
    const fetcher = new Fetcher(LOCAL);
    const outcome = await fetcher.fetch({ url: 'file:///etc/passwd' });
    fetcher.close();
    assert.equal(outcome.kind, 'failed');
  });
});
