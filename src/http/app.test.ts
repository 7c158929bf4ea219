// The reader and the JSON API over a real SQLite store holding the example corpus.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { ingestPaths } from '../pipeline/ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { createApp } from './app.tsx';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

describe('HTTP app', () => {
  let dir: string;
  let store: SqliteStore;
  let app: Hono;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-http-'));
    store = new SqliteStore(join(dir, 'http.db'));
    await ingestPaths([EXAMPLES], store);
    app = createApp(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('home is an RTL Arabic page with a doctype and the latest articles', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.startsWith('<!doctype html>'));
    assert.match(html, /<html dir="rtl" lang="ar">/);
    assert.match(html, /معرض الكتاب يستقبل/);
  });

  it('every response carries the security headers; the CSP allows no inline script', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('referrer-policy'));
  });

  it('an article page shows headline, standfirst, dateline, body and source link', async () => {
    const list = (await (await app.request('/api/search?q=ميناء')).json()) as { hits: Array<{ id: string }> };
    const res = await app.request(`/articles/${list.hits[0].id}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<h1>افتتاح المرحلة الأولى من ميناء الواحة الجاف<\/h1>/);
    assert.match(html, /class="standfirst"/);
    assert.match(html, /<span class="dateline">الواحة<\/span>/);
    assert.match(html, /"@type":"NewsArticle"/);
    assert.doesNotMatch(html, /زر الذهاب إلى الأعلى/);
  });

  it('search pages highlight hits and page through results', async () => {
    const res = await app.request(`/search?q=${encodeURIComponent('الانتخابات')}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<mark>/);
    assert.match(html, /نتائج البحث عن/);
  });

  it('unknown ids get a 404 page in Arabic, and JSON 404 on the API', async () => {
    const page = await app.request('/articles/nope');
    assert.equal(page.status, 404);
    assert.match(await page.text(), /غير موجود/);
    const api = await app.request('/api/articles/nope');
    assert.equal(api.status, 404);
    assert.deepEqual(Object.keys(((await api.json()) as { error: object }).error), ['code', 'message']);
  });

  it('negative, huge or malformed page numbers are 400s, not crashes', async () => {
    for (const path of ['/api/articles?page=-1', '/api/articles?page=99999999', '/api/articles?limit=abc',
      '/api/search?q=x&page=0', '/search?q=x&page=-5', '/api/articles?from=yesterday']) {
      const res = await app.request(path);
      assert.equal(res.status, 400, path);
    }
  });

  it('a 10 KB query gets an answer', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('ليبيا '.repeat(1700))}`);
    assert.equal(res.status, 200);
    assert.equal(typeof ((await res.json()) as { total: number }).total, 'number');
  });

  it('the API lists articles with paging and serves one article with its text', async () => {
    const page = (await (await app.request('/api/articles?limit=5&page=2')).json()) as { total: number; items: Array<{ id: string }> };
    assert.equal(page.total, 12);
    assert.equal(page.items.length, 5);
    const one = (await (await app.request(`/api/articles/${page.items[0].id}`)).json()) as { text: string; paragraphs: string[] };
    assert.equal(one.text, one.paragraphs.join('\n\n'));
  });
});

describe('HTTP server under bad input', () => {
  let dir: string;
  let store: SqliteStore;
  let server: ReturnType<typeof serve>;
  let port: number;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
    store = new SqliteStore(join(dir, 'bad.db'));
    await ingestPaths([EXAMPLES], store, { workers: 0 });
    await new Promise<void>((resolvePort) => {
      server = serve({ fetch: createApp(store).fetch, hostname: '127.0.0.1', port: 0 }, (info) => { port = info.port; resolvePort(); });
    });
  });
  after(async () => {
    await new Promise((done) => server.close(done));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A request written by hand on a socket, so nothing on the way can tidy it up. */
  function rawRequest(text: string): Promise<string> {
    return new Promise((resolveText) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let answer = '';
      socket.on('data', (d) => { answer += d.toString('latin1'); });
      socket.on('close', () => resolveText(answer));
      socket.on('error', () => resolveText(answer));
    });
  }

  it('malformed percent-encoding, repeated and bracketed parameters get pages, not errors', async () => {
    const base = `http://127.0.0.1:${port}`;
    for (const [path, status] of [['/search?q=%E0%A4%A', 200], ['/search?q=%ZZ&page=1&page=2', 200], ['/search?q[]=x&q=%D9%84', 200],
      ['/articles/%E0%A4%A', 404], ['/api/search?q=%00%00', 200], ['/api/search?q=%D9%84%D9%8A%D8%A8%D9%8A%D8%A7&limit=1&limit=500', 200]] as const) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, status, path);
      await res.arrayBuffer();
    }
  });

  it('requests the HTTP parser refuses, and a flood of hostile ones, leave the server answering', async () => {
    const answers = await Promise.all([
      rawRequest('GET /%%% HTTP/1.1\r\nHost: x\r\n\r\n'),
      rawRequest(`GET /search?q=${'ب'.repeat(5000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
      rawRequest(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`),
      rawRequest('BREW /coffee HTCPCP/1.0\r\n\r\n'),
      rawRequest('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'),
      ...Array.from({ length: 100 }, (_, i) => fetch(`http://127.0.0.1:${port}/search?q=${encodeURIComponent('"'.repeat(i) + 'ليبيا -"')}&page=${i % 7 === 0 ? -i : i}`)
        .then(async (r) => `${r.status} ${(await r.arrayBuffer()).byteLength}`)),
    ]);
    assert.ok(answers.every((a) => a.length > 0), 'every request got an answer');
    const after = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(after.status, 200);
    assert.match(await after.text(), /مرصد/);
  });

  it('a client that accepts gzip gets the same page compressed, with Vary', async () => {
    const plain = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'Accept-Encoding': 'identity' } })).text();
    const zipped = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/i);
    assert.equal(await zipped.text(), plain, 'fetch undoes the gzip: the page is the same');
  });

  it('a page goes out whole, gzipped, with a Content-Length, not chunked, security headers and all', async () => {
    const answer = await rawRequest('GET /search?q=%D8%A7%D9%84%D8%B4%D8%B1%D9%82%D9%8A%D8%A9 HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n');
    const head = answer.slice(0, answer.indexOf('\r\n\r\n')).toLowerCase();
    assert.match(head, /^http\/1\.1 200/);
    assert.match(head, /\r\ncontent-length: \d+/);
    assert.doesNotMatch(head, /transfer-encoding: chunked/);
    assert.match(head, /\r\ncontent-security-policy: /);
    assert.match(head, /\r\ncontent-encoding: gzip/);
  });

  it('gzip only for clients that take it: q=0 refuses it, * accepts it', async () => {
    const refused = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    assert.equal(refused.headers.get('content-encoding'), null);
    const wildcard = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'Accept-Encoding': 'br;q=1, *;q=0.5' } });
    assert.equal(wildcard.headers.get('content-encoding'), 'gzip');
    assert.match(await wildcard.text(), /مرصد/);
  });

  it('HEAD gets the headers of a page without its body', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('etag'));
    assert.equal(await res.text(), '');
  });

  it('our stylesheet is the file on disk, gzipped or not, and a client that has it gets a 304', async () => {
    const onDisk = readFileSync(new URL('../web/static/marsad.css', import.meta.url), 'utf8');
    const zipped = await fetch(`http://127.0.0.1:${port}/static/marsad.css`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(await zipped.text(), onDisk);
    const plain = await fetch(`http://127.0.0.1:${port}/static/marsad.css`, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(await plain.text(), onDisk);
    assert.equal(plain.headers.get('etag'), zipped.headers.get('etag'), 'one representation, one weak ETag');
    const again = await fetch(`http://127.0.0.1:${port}/static/marsad.css`, { headers: { 'If-None-Match': zipped.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });
});
