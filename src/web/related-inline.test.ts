// The article page lists its related articles itself whenever the related finder has any (not only
// a link to /related), and /api/articles/:id carries the same related[] as `marsad show`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import type { RelatedArticle } from '../core/types.ts';
import { createApp } from '../http/app.tsx';
import { fillTestArchive } from '../http/testing/archive.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';

describe('related articles on the article page', () => {
  let dir: string;
  let store: SqliteStore;
  let app: Hono;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-related-'));
    await fillTestArchive(join(dir, 'related.db'));
    store = new SqliteStore(join(dir, 'related.db'));
    app = createApp(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an article with related articles lists them on its page, and its JSON carries them', async () => {
    const articles = (await store.listArticles({ limit: 100 })).items;
    let checked = 0;
    for (const { id } of articles) {
      const path = `/api/articles/${encodeURIComponent(id)}`;
      const { related } = (await (await app.request(`${path}/related`)).json()) as { related: RelatedArticle[] };
      const article = (await (await app.request(path)).json()) as { related?: RelatedArticle[] };
      assert.deepEqual(article.related?.map((r) => r.id), related.map((r) => r.id), id);
      const others = related.filter((r) => r.reason !== 'duplicate');
      if (others.length === 0) continue;
      const { document } = parseHTML(await (await app.request(`/articles/${encodeURIComponent(id)}`)).text());
      const listed = [...document.querySelectorAll('section[aria-labelledby="related"] li a')].map((a) => a.getAttribute('href'));
      assert.ok(listed.length > 0, `${id}: ${others.length} related, none on the page`);
      checked++;
    }
    assert.ok(checked >= 3, `only ${checked} articles had related articles`);
  });
});
