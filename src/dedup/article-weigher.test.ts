import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArticleWeigher } from './article-weigher.ts';
import { DocumentFrequencies, articleVector, headlineVector } from './term-weights.ts';
import { STEMS, fingerprintTerms as fingerprints } from './test-support.ts';

test('weighing an article counts its distinct terms once and gives articleVector and headlineVector to the last bit', () => {
  fc.assert(fc.property(fc.array(fingerprints, { minLength: 1, maxLength: 6 }), (articles) => {
    const counted = new DocumentFrequencies(8); // a small table, so hashed terms collide as they would at scale
    const expected = new DocumentFrequencies(8);
    const weigher = new ArticleWeigher(counted);
    for (const fp of articles) {
      const { vector, headline } = weigher.countAndWeigh(fp);
      expected.addDocument(new Set([...fp.terms, ...fp.titleTerms]));
      assert.deepEqual(vector.terms.map((term, i) => [term, vector.weights[i]]), [...articleVector(fp, expected)]);
      assert.deepEqual([...headline], [...headlineVector(fp, expected)]);
    }
    assert.deepEqual(counted.toState(), expected.toState());
  }), { numRuns: 1000 });
});

test('an article with more terms than the weigher\'s table holds is weighed in full', () => {
  const many = Array.from({ length: 1500 }, (_, i) => `${STEMS[i % STEMS.length]}${i}`);
  const fp = { terms: many, termCounts: many.map((_, i) => 1 + (i % 5)), titleTerms: ['طرابلس', many[7]] };
  const { vector } = new ArticleWeigher(new DocumentFrequencies()).countAndWeigh(fp);
  const frequencies = new DocumentFrequencies();
  frequencies.addDocument(new Set([...fp.terms, ...fp.titleTerms]));
  assert.deepEqual(vector.terms.map((term, i) => [term, vector.weights[i]]), [...articleVector(fp, frequencies)]);
});
