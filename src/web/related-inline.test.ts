// The article page lists its related articles itself whenever the related finder has any (not only
// a link to /related), and /api/articles/:id carries the same related[] as `marsad show`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { RelatedArticle } from '../core/types.ts';
import { servedTestArchive } from '../http/testing/served-archive.ts';

describe('related articles on the article page', () => {
  const served = servedTestArchive('related');

  it('an article with related articles lists them on its page, and its JSON carries them', async () => {
    const articles = (await served.store.listArticles({ limit: 100 })).items;
    let checked = 0;
    for (const { id } of articles) {
      const path = `/api/articles/${encodeURIComponent(id)}`;
      const { related } = (await (await served.app.request(`${path}/related`)).json()) as { related: RelatedArticle[] };
      const article = (await (await served.app.request(path)).json()) as { related?: RelatedArticle[] };
      assert.deepEqual(article.related?.map((r) => r.id), related.map((r) => r.id), id);
      const others = related.filter((r) => r.reason !== 'duplicate');
      if (others.length === 0) continue;
      const { document } = parseHTML(await (await served.app.request(`/articles/${encodeURIComponent(id)}`)).text());
      const listed = [...document.querySelectorAll('section[aria-labelledby="related"] li a')].map((a) => a.getAttribute('href'));
      assert.ok(listed.length > 0, `${id}: ${others.length} related, none on the page`);
      checked++;
    }
    assert.ok(checked >= 3, `only ${checked} articles had related articles`);
  });
});
