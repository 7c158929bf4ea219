import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameVariantScorer, operationKey, pairFeatures } from './name-variants.ts';
import { prepareName } from './names.ts';
import { readNamePairs, trainNameVariants } from './train-names.ts';

const word = (name: string) => {
  const prepared = prepareName(name);
  return { folded: prepared.words[0], skeleton: prepared.skeletons[0] };
};

test('the shipped scorer has one weight per feature the code computes (retrain with train-names.ts if not)', () => {
  const scorer = NameVariantScorer.load();
  const features = pairFeatures(word('وليامز'), word('ويليامز'), 1);
  assert.equal(scorer.parameters.weights.length, features.length);
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
