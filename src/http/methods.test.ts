// The site is read-only: GET and HEAD are answered, OPTIONS says what is allowed, every other
// method is a 405 with Allow on the API and the reader alike; the API may be read from any origin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openApiDocument } from './openapi.ts';
import { servedTestArchive } from './testing/served-archive.ts';

describe('methods and CORS', () => {
  const served = servedTestArchive('methods');

  it('a write method on the API is a 405 with Allow and the method_not_allowed code', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/api/articles', '/api/articles/fx-envoy-masaa', '/api/search?q=' + encodeURIComponent('المبعوثة')]) {
        const res = await served.app.request(path, { method });
        assert.equal(res.status, 405, `${method} ${path}`);
        assert.equal(res.headers.get('allow'), 'GET, HEAD');
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
      }
    }
  });

  it('a write method on a reader page is a 405 Arabic page with Allow, not a 404', async () => {
    for (const path of ['/articles/fx-envoy-masaa', '/', '/search']) {
      const res = await served.app.request(path, { method: 'POST' });
      assert.equal(res.status, 405, path);
      assert.equal(res.headers.get('allow'), 'GET, HEAD');
      assert.match(await res.text(), /طريقة الطلب غير مسموحة/);
    }
  });

  it('OPTIONS answers 204 with what is allowed; on the API, as a CORS preflight', async () => {
    const api = await served.app.request('/api/articles', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(api.status, 204);
    assert.equal(api.headers.get('access-control-allow-origin'), '*');
    assert.equal(api.headers.get('access-control-allow-methods'), 'GET, HEAD');
    const page = await served.app.request('/articles/fx-envoy-masaa', { method: 'OPTIONS' });
    assert.equal(page.status, 204);
    assert.match(page.headers.get('allow') ?? '', /GET, HEAD/);
  });

  it('API answers, errors included, may be read from any origin; reader pages are not shared', async () => {
    for (const path of ['/api/stats', '/api/articles/nope', '/api/openapi.json']) {
      const res = await served.app.request(path, { headers: { Origin: 'https://example.org' } });
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
    }
    assert.equal((await served.app.request('/')).headers.get('access-control-allow-origin'), null);
  });

  it('the OpenAPI document lists the 405 of every operation with its Allow header', () => {
    for (const [path, item] of Object.entries(openApiDocument().paths)) {
      const answer = item.get.responses[405];
      assert.ok(answer, path);
      assert.match(answer.description, /method_not_allowed/);
      assert.ok(answer.headers?.Allow, path);
    }
  });
});
