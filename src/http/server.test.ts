// The listening server (not app.request): Node's own limits on request headers apply here, so a
// long query must get a real answer, and one past every limit a body that says why.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_HEADER_BYTES, MAX_QUERY_CHARS } from './params.ts';
import { startServer, type RunningServer } from './server.ts';
import { fillTestArchive } from './testing/archive.ts';

describe('listening server', () => {
  let dir: string;
  let running: RunningServer;
  let base: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
    await fillTestArchive(join(dir, 'server.db'));
    running = await startServer({ db: join(dir, 'server.db'), host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${running.port}`;
  });
  after(async () => {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a 10 KB Arabic query (28 KB percent-encoded) is answered by the API and the reader', async () => {
    const query = encodeURIComponent('الأمطار الغزيرة '.repeat(320).slice(0, 5120));
    assert.ok(query.length > 28_000);
    const api = await fetch(`${base}/api/search?q=${query}`);
    assert.equal(api.status, 200);
    assert.equal(typeof ((await api.json()) as { total: number }).total, 'number');
    const page = await fetch(`${base}/search?q=${query}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /نتائج البحث|لا نتائج|نتيجة/);
  });

  it('a query longer than the documented maximum gets query_too_long, and an Arabic page on the reader', async () => {
    const query = encodeURIComponent('ب'.repeat(MAX_QUERY_CHARS + 1));
    const api = await fetch(`${base}/api/search?q=${query}`);
    assert.equal(api.status, 400);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'query_too_long');
    const page = await fetch(`${base}/search?q=${query}`);
    assert.equal(page.status, 400);
    assert.match(await page.text(), /نص البحث أطول من/);
  });

  it('headers past the server limit get a 431 whose body says why, not an empty answer', async () => {
    const res = await fetch(`${base}/search?q=${'a'.repeat(MAX_HEADER_BYTES + 1)}`);
    assert.equal(res.status, 431);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'request_too_long');
    assert.match(body.error.message, /اختصر نص البحث/);
  });
});
