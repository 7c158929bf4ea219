// Latin runs inside Arabic pages (outlet slugs, "JSON", "OpenAPI") are isolated in <bdi> (or sit in
// code or a dir="ltr" element): bare, a run like "alweeam، alriyadh" or "JSON · OpenAPI" is laid
// out left to right as one piece and reads in the wrong order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { ENVOY_STORY } from '../http/testing/archive.ts';
import { servedTestArchive } from '../http/testing/served-archive.ts';

const LATIN = /[A-Za-z]/;

/** Text nodes in main and the footer holding Latin letters with no isolating ancestor. */
function bareLatinRuns(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const walk = (node: Node, isolated: boolean) => {
    if (node.nodeType === 3) {
      if (!isolated && LATIN.test(node.textContent ?? '')) found.push((node.textContent ?? '').trim().slice(0, 60));
      return;
    }
    const element = node as Element;
    // An <option> is laid out on its own, as its own paragraph.
    const isolates = element.tagName !== undefined
      && (['BDI', 'CODE', 'PRE', 'SCRIPT', 'STYLE', 'TIME', 'TEXTAREA', 'OPTION'].includes(element.tagName) || element.hasAttribute?.('dir'));
    for (const child of Array.from(node.childNodes)) walk(child, isolated || isolates);
  };
  for (const root of document.querySelectorAll('main, footer')) walk(root, false);
  return found;
}

describe('bidi isolation', () => {
  const served = servedTestArchive('bidi');

  it('Latin runs in Arabic text are isolated: footer, outlet names in lists, bylines, copy notices, facets', async () => {
    const articles = (await served.store.listArticles({ limit: 100 })).items;
    const outlet = articles.find((a) => a.source && LATIN.test(a.source))?.source;
    assert.ok(outlet, 'the archive must have a Latin outlet slug for the test to mean anything');
    const paths = ['/', '/articles', `/articles?source=${encodeURIComponent(outlet)}`, '/outlets', `/stories/${ENVOY_STORY}`,
      `/search?q=${encodeURIComponent('أمطار')}`, ...articles.slice(0, 40).map((a) => `/articles/${encodeURIComponent(a.id)}`)];
    const failures: string[] = [];
    for (const path of paths) {
      const html = await (await served.app.request(path)).text();
      // The article's own text is the outlet's; a URL in it is its business, not ours.
      const ours = html.replace(/<div class="body"[\s\S]*?<\/div>/, '');
      for (const run of bareLatinRuns(ours)) failures.push(`${path}: ${run}`);
    }
    assert.deepEqual([...new Set(failures)].slice(0, 20), []);
  });
});
