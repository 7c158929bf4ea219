import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ARTICLE_VECTOR_TERMS, MAX_TERM_WEIGHT, TITLE_TERM_BOOST } from './config.ts';
import { DocumentFrequencies, type SparseVector, type TermRarity, articleVector, normalize } from './term-weights.ts';
import { fingerprintTerms as fingerprints } from './test-support.ts';


/** What articleVector computed with Maps of term → weight, kept as the reference. */
function mapArticleVector(fp: { terms: string[]; termCounts: number[]; titleTerms: string[] }, frequencies: TermRarity): SparseVector {
  const tf = new Map<string, number>();
  fp.terms.forEach((term, index) => tf.set(term, fp.termCounts[index] ?? 1));
  for (const term of fp.titleTerms) tf.set(term, (tf.get(term) ?? 0) + TITLE_TERM_BOOST);
  const weighted = [...tf].map(([term, count]) => [term, (1 + Math.log(count)) * frequencies.idf(term)] as [string, number]);
  const kept = weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ARTICLE_VECTOR_TERMS);
  let out = normalize(new Map(kept));
  for (let round = 0; round < 2; round++) {
    let capped = false;
    for (const [term, weight] of out) if (weight > MAX_TERM_WEIGHT) { out.set(term, MAX_TERM_WEIGHT); capped = true; }
    if (!capped) break;
    out = normalize(out);
  }
  return out;
}


test('an article vector keeps the strongest terms, capped and of unit length, as the Map version did, to the last bit', () => {
  fc.assert(fc.property(fc.array(fingerprints, { minLength: 1, maxLength: 6 }), (articles) => {
    const frequencies = new DocumentFrequencies(8); // a small table, so hashed terms collide as they would at scale
    for (const fp of articles.slice(1)) frequencies.addDocument(new Set([...fp.terms, ...fp.titleTerms]));
    assert.deepEqual([...articleVector(articles[0], frequencies)], [...mapArticleVector(articles[0], frequencies)]);
  }), { numRuns: 1000 });
});
