// The OpenAPI document is generated from the schemas that validate requests: these tests check that
// it names every route the server answers, that every $ref resolves, and that what it says about a
// parameter is what the server enforces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { createApi } from './api.tsx';
import { ENDPOINTS } from './endpoints.ts';
import { openApiDocument, openApiPath } from './openapi.ts';

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  const doc = openApiDocument();

  it('is OpenAPI 3.1 and lists every data route the API serves, and no other', () => {
    assert.equal(doc.openapi, '3.1.0');
    const store = new SqliteStore(':memory:');
    const served = createApi(store).routes
      .filter((r) => r.method === 'GET' && !r.path.includes('*') && !['/openapi.json', '/docs'].includes(r.path))
      .map((r) => openApiPath(r.path)).sort();
    assert.deepEqual(Object.keys(doc.paths).sort(), served);
    void store.close();
  });

  it('every $ref points at a component that exists', () => {
    const names = new Set(Object.keys(doc.components.schemas));
    for (const ref of refsIn(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      assert.ok(names.has(name), `${ref} does not resolve`);
    }
  });

  it('the parameters are the query schema\'s fields, with their bounds and defaults', () => {
    const list = doc.paths['/api/articles'].get.parameters;
    assert.deepEqual(list.map((p) => p.name).sort(), Object.keys(ENDPOINTS.listArticles.query.shape).sort());
    const limit = list.find((p) => p.name === 'limit')!;
    assert.equal(limit.required, false);
    assert.equal(limit.schema.maximum, 100);
    assert.equal(limit.schema.default, 20);
    const id = doc.paths['/api/articles/{id}'].get.parameters.find((p) => p.name === 'id')!;
    assert.equal(id.in, 'path');
    assert.equal(id.required, true);
    const searchQ = doc.paths['/api/search'].get.parameters.find((p) => p.name === 'q')!;
    assert.equal(searchQ.required, true);
  });

  it('a value just past a documented bound is refused by the server, one inside it accepted', async () => {
    const store = new SqliteStore(':memory:');
    const api = createApi(store);
    for (const [path, operation] of Object.entries(doc.paths)) {
      if (path.includes('{')) continue;
      for (const parameter of operation.get.parameters) {
        const max = parameter.schema.maximum;
        if (typeof max !== 'number') continue;
        const base = path === '/api/search' ? 'q=مرصد&' : '';
        const inside = await api.request(`${path.replace('/api', '')}?${base}${parameter.name}=${max}`);
        assert.equal(inside.status, 200, `${path} ${parameter.name}=${max}`);
        const outside = await api.request(`${path.replace('/api', '')}?${base}${parameter.name}=${max + 1}`);
        assert.equal(outside.status, 400, `${path} ${parameter.name}=${max + 1}`);
      }
    }
    await store.close();
  });

  it('every operation documents its errors with the Error schema', () => {
    for (const [path, operation] of Object.entries(doc.paths)) {
      const responses = operation.get.responses;
      for (const status of ['400', '500']) {
        assert.deepEqual(responses[status]?.content?.['application/json'].schema, { $ref: '#/components/schemas/Error' }, `${path} ${status}`);
      }
      assert.equal('404' in responses, path.includes('{id}'), `${path}: a 404 only where an id can be unknown`);
    }
  });
});

describe('OpenAPI document against real answers', () => {
  it('every field of a real search page (with facets) and article (with agency) is documented, and q has no default', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { annotatedArticles, fillTestArchive, toStore } = await import('./testing/archive.ts');
    const dir = mkdtempSync(join(tmpdir(), 'marsad-openapi-'));
    await fillTestArchive(join(dir, 'openapi.db'));
    const store = new SqliteStore(join(dir, 'openapi.db'));
    try {
      const doc = openApiDocument();
      const propertiesOf = (name: string) => Object.keys((doc.components.schemas[name] as { properties: object }).properties);
      const api = createApi(store);
      const search = (await (await api.request(`/search?q=${encodeURIComponent('المياه')}&facets=source`)).json()) as Record<string, unknown>;
      assert.ok('facets' in search, 'the query must hit for the test to check facets');
      for (const key of Object.keys(search)) assert.ok(propertiesOf('SearchPage').includes(key), `SearchPage lacks ${key}`);
      const [sample] = annotatedArticles();
      await store.putArticles([toStore({ ...sample, id: 'fx-agency', agency: 'وكالة الأنباء السعودية' })]);
      const withAgency = { id: 'fx-agency' };
      const article = (await (await api.request(`/articles/${encodeURIComponent(withAgency.id)}`)).json()) as Record<string, unknown>;
      for (const key of Object.keys(article)) assert.ok(propertiesOf('Article').includes(key), `Article lacks ${key}`);
      const q = doc.paths['/api/search'].get.parameters.find((p) => p.name === 'q')!;
      assert.equal(q.required, true);
      assert.equal('default' in q.schema, false, 'a required parameter with a default contradicts itself');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
