import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArticleTerms, type Centroid, centroidNorm, truncateCentroid } from './centroid.ts';
import { StoryTermIndex } from './story-term-index.ts';
import { type SparseVector, dot } from './term-weights.ts';

/** What centroids did as Maps: keep the `limit` strongest terms, heavier first, ties in term order. */
function truncate(vector: SparseVector, limit: number): SparseVector {
  if (vector.size <= limit) return vector;
  return new Map([...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

// Stems as the clusterer sees them; few enough that random vectors share many.
const TERMS = ['سراج', 'حكوم', 'وفاق', 'طرابلس', 'ليبيا', 'مجلس', 'رئاس', 'نفط', 'بنغازي', 'جيش', 'حوار', 'امم', 'متحد', 'اتفاق', 'صخيرات', 'برلمان', 'طبرق', 'مصرف', 'مركزي', 'انتخاب'];

/** A sparse vector: distinct terms in random order, weights that often tie. */
const vectorOf = (maxTerms: number) => fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: maxTerms }).chain((terms) =>
  fc.array(fc.oneof(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.constant(0.25)), { minLength: terms.length, maxLength: terms.length })
    .map((weights) => new Map(terms.map((term, i) => [term, weights[i]])) as SparseVector));

function centroidOf(vector: SparseVector, index: StoryTermIndex): Centroid {
  return { ids: [...vector.keys()].map((term) => index.intern(term)), weights: [...vector.values()] };
}

function asMap(centroid: Centroid, index: StoryTermIndex): SparseVector {
  return new Map(centroid.ids.map((id, j) => [index.term(id), centroid.weights[j]]));
}

test('an article scored against a centroid by term id gives the Map dot product to the last bit', () => {
  fc.assert(fc.property(vectorOf(12), vectorOf(20), (article, centroidTerms) => {
    const index = new StoryTermIndex();
    const centroid = centroidOf(centroidTerms, index);
    const terms = new ArticleTerms(index);
    terms.load([...article.keys()], [...article.values()]);
    assert.equal(Object.is(terms.dot(centroid), dot(article, centroidTerms)), true, `${terms.dot(centroid)} against ${dot(article, centroidTerms)}`);
  }), { numRuns: 2000 });
});

test('adding an article to a centroid in place and truncating keeps the Map sum\'s terms, order and weights', () => {
  fc.assert(fc.property(vectorOf(12), vectorOf(20), fc.integer({ min: 1, max: 20 }), (article, before, limit) => {
    const index = new StoryTermIndex();
    const centroid = centroidOf(before, index);
    const terms = new ArticleTerms(index);
    terms.load([...article.keys()], [...article.values()]);
    terms.internAll();
    terms.addTo(centroid);
    const dropped = truncateCentroid(centroid, limit, index).map((id) => index.term(id));

    const sum = new Map(before);
    for (const [term, weight] of article) sum.set(term, (sum.get(term) ?? 0) + weight);
    const expected = truncate(sum, limit);
    assert.deepEqual([...asMap(centroid, index)], [...expected]);
    assert.deepEqual(dropped.sort(), [...sum.keys()].filter((term) => !expected.has(term)).sort());
    let squares = 0;
    for (const weight of expected.values()) squares += weight * weight;
    assert.equal(centroidNorm(centroid), Math.sqrt(squares));
  }), { numRuns: 2000 });
});

test('headline closeness by term id gives the Map dot products of both headlines', () => {
  fc.assert(fc.property(vectorOf(8), vectorOf(8), vectorOf(20), (headline, title, centroidTerms) => {
    const index = new StoryTermIndex();
    const centroid = centroidOf(centroidTerms, index);
    const closeness = new ArticleTerms(index).headlineDots(headline, title, centroid);
    assert.equal(Object.is(closeness.a, dot(headline, centroidTerms)), true);
    assert.equal(Object.is(closeness.b, dot(title, centroidTerms)), true);
  }), { numRuns: 2000 });
});

test('a cleared article leaves nothing behind for the next one', () => {
  const index = new StoryTermIndex();
  const centroid = centroidOf(new Map([['سراج', 0.5], ['طرابلس', 0.5]]), index);
  const terms = new ArticleTerms(index);
  terms.load(['سراج', 'طرابلس'], [0.6, 0.8]);
  terms.clear();
  terms.load(['نفط'], [1]);
  assert.equal(terms.dot(centroid), 0, 'the previous article\'s weights must not score the next one');
  assert.equal(terms.has(index.idOf('سراج')), false);
});
