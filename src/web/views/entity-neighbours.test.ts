import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatedArticles, COASTAL_CITY, HARRISON, KHATIB } from '../../http/testing/archive.ts';
import { namedBeside, quotesAbout } from './entity-neighbours.ts';

describe('entity neighbours from its articles', () => {
  const articles = annotatedArticles();

  it('named beside: each other entity counted once an article, most shared first', () => {
    const beside = namedBeside(articles, HARRISON, 10);
    assert.deepEqual(beside[0], { id: KHATIB, together: 3 }, 'الخطيب is in all three envoy articles');
    assert.ok(beside.some((n) => n.id === COASTAL_CITY && n.together === 1));
    assert.ok(!beside.some((n) => n.id === HARRISON), 'an entity is not its own neighbour');
  });

  it('quotes about an entity are the quotes whose words name it, not the ones it said', () => {
    const about = quotesAbout(articles, HARRISON, 10);
    assert.equal(about.length, 1);
    assert.match(about[0].text, /بمقترحات هاريسون/);
    assert.equal(about[0].speaker?.entityId, KHATIB);
    assert.equal(about[0].articleId, 'fx-envoy-shorouq');
  });
});
