import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_FEATURES, EMPTY_LEXICON, describeToken, type WordLexicon } from './features.ts';
import { CLUSTERINGS } from './clusters.ts';

/** A lexicon that knows one word, with the given cluster ids (three per clustering). */
const knowing = (word: string, clusters: readonly number[]): WordLexicon =>
  ({ ...EMPTY_LEXICON, clustersOf: (w: string) => (w === word ? clusters : undefined) });

function featuresOf(word: string, lexicon: WordLexicon): Set<number> {
  const out = new Int32Array(BASE_FEATURES.count);
  BASE_FEATURES.write([describeToken(word, lexicon)], 0, out);
  return new Set(out);
}

test('every clustering is a feature family: words apart in one clustering only are told apart', () => {
  assert.equal(CLUSTERINGS.length, 3);
  const same = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const base = featuresOf('والدهاوسير', knowing('والدهاوسير', same));
  for (let clustering = 0; clustering < CLUSTERINGS.length; clustering++) {
    const moved = same.map((id, k) => (Math.floor(k / 3) === clustering ? id + 100 : id));
    const other = featuresOf('والدهاوسير', knowing('والدهاوسير', moved));
    const differing = [...other].filter((hash) => !base.has(hash)).length;
    assert.ok(differing >= 3, `clustering ${clustering}: ${differing} features changed (want its three levels at least)`);
  }
});
