import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameVariantScorer, operationKey } from './name-variants.ts';
import { addsASyllable } from './name-variant-features.ts';
import { prepareName } from './names.ts';
import { readNamePairs, trainNameVariants } from './train-names.ts';

const word = (name: string) => {
  const prepared = prepareName(name);
  return { folded: prepared.words[0], skeleton: prepared.skeletons[0] };
};

test('the shipped scorer\'s trees read only features the code computes (retrain with train-names.ts if not)', () => {
  const scorer = NameVariantScorer.load();
  const features = scorer.features(word('وليامز'), word('ويليامز'));
  const read = scorer.parameters.trees.trees.flatMap((nodes) => nodes.filter((_, i) => i % 5 === 0 && nodes[i] >= 0));
  assert.ok(read.length > 0, 'the trees split on no feature');
  assert.ok(Math.max(...read) < features.length, `a tree reads feature ${Math.max(...read)}; the code computes ${features.length}`);
});

test('learned costs: a letter swap that same-name pairs share costs less than one that different names show', () => {
  const pairs = readNamePairs([
    'a\tb\tsame',
    'جوردن\tغوردن\t1', 'جاري\tغاري\t1', 'جيفري\tغيفري\t1', 'هيوج\tهيوغ\t1', 'جوفيند\tغوفيند\t1',
    'جوردن\tبوردن\t0', 'جاري\tباري\t0', 'جيفري\tبيفري\t0', 'جون\tبون\t0', 'جيل\tبيل\t0',
  ].join('\n'));
  const { costs } = trainNameVariants(pairs);
  assert.ok(costs[operationKey('ج', 'غ')] < costs[operationKey('ج', 'ب')],
    `ج/غ costs ${costs[operationKey('ج', 'غ')]}, ج/ب ${costs[operationKey('ج', 'ب')]} (train-names.ts learnCosts)`);
});

test('the learned distance charges a spelling variant less than a different name: ويليامز is nearer وليامز than ويلسون', () => {
  const scorer = NameVariantScorer.load();
  assert.ok(scorer.learnedDistance(word('وليامز').folded, word('ويليامز').folded) < scorer.learnedDistance(word('وليامز').folded, word('ويلسون').folded));
});

test('a transliteration variant is one name and a near different name is not: ستيفنز / ستيفنس, ستيفنز ≠ ستيفنسون', () => {
  const scorer = NameVariantScorer.load();
  const { threshold } = scorer.parameters;
  assert.ok(scorer.probability(word('ستيفنز'), word('ستيفنس')) >= threshold);
  assert.ok(scorer.probability(word('ستيفنز'), word('ستيفنسون')) < threshold);
});

test('a whole added syllable is another name: ستيفنز ≠ ستيفنسون, اكرم ≠ اكرمان, but جونز / جونس is one', () => {
  const scorer = NameVariantScorer.load();
  const adds = (a: string, b: string) => addsASyllable(scorer.tail(word(a).folded, word(b).folded));
  assert.ok(adds('ستيفنز', 'ستيفنسون'), 'ستيفنسون is ستيفنس plus ون (name-variant-features.ts addsASyllable)');
  assert.ok(adds('اكرمان', 'اكرم'), 'the order of the two words does not matter');
  assert.ok(!adds('جونز', 'جونس'), 'a swapped letter adds nothing');
  assert.ok(!adds('وليامز', 'ويليامز'), 'a long vowel inside the word is no tail');
  assert.equal(scorer.probability(word('اكرم'), word('اكرمان')), 0);
});

test('the tail of a longer name starts after its cheapest beginning: روبنسون is روبنس plus ون', () => {
  const scorer = NameVariantScorer.load();
  const tail = scorer.tail(word('روبنسون').folded, word('روبنز').folded);
  assert.equal(tail.letters, 2, JSON.stringify(tail));
  assert.equal(tail.consonants, 1);
  assert.equal(tail.vowels, 1);
  assert.ok(tail.cost < 0.3, `روبنز against روبنس costs ${tail.cost}`);
});

test('names far apart are different without asking the trees: ترامب / كلينتون', () => {
  const scorer = NameVariantScorer.load();
  // Exactly 0: the trees' logistic output never is (name-variants.ts FAR_APART_PER_LETTER).
  assert.equal(scorer.probability(word('ترامب'), word('كلينتون')), 0);
  assert.ok(scorer.probability(word('ترامب'), word('ترمب')) >= scorer.parameters.threshold, 'a near spelling still reaches the trees');
});
