import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainCrf } from './crf.ts';
import { BASE_FEATURES, EMPTY_LEXICON, describeToken } from './features.ts';
import { labelOfTag, LABELS, LABEL_COUNT } from './labels.ts';
import { makeScratch } from './model.ts';

/** `word/TAG` pairs; words without a tag are O. */
function sentence(text: string) {
  const pairs = text.split(' ').map((item) => item.split('/'));
  return { tokens: pairs.map(([word]) => describeToken(word, EMPTY_LEXICON)), labels: pairs.map(([, tag]) => labelOfTag(tag ?? 'O')) };
}

const TRAINING = [
  'قال محمد/B-PERS السراج/I-PERS إن الحكومة ستجتمع',
  'وصل الوفد إلى طرابلس/B-LOC أمس',
  'أعلنت وزارة/B-ORG الداخلية/I-ORG عن خطة جديدة',
  'التقى محمد/B-PERS السراج/I-PERS بالوفد في طرابلس/B-LOC',
  'قالت وزارة/B-ORG الداخلية/I-ORG إن الوضع هادئ',
].map(sentence);
const OPTIONS = { features: BASE_FEATURES, epochs: 10, minFeatureCount: 1, seed: 7, learningRate: 1 };

test('the CRF learns the labels of the sentences it was trained on', () => {
  const model = trainCrf(TRAINING, OPTIONS);
  const scratch = makeScratch(16);
  for (const s of TRAINING) {
    const out = new Uint8Array(s.tokens.length);
    model.decode(BASE_FEATURES, s.tokens, scratch, out);
    assert.deepEqual([...out].map((label) => LABELS[label]), s.labels.map((label) => LABELS[label]));
  }
});

test('the CRF learns that a name goes on: B-PER is followed by I-PER more readily than B-LOC by I-LOC', () => {
  const { transitions } = trainCrf(TRAINING, OPTIONS);
  const [bPer, iPer, bLoc, iLoc] = ['B-PER', 'I-PER', 'B-LOC', 'I-LOC'].map((label) => LABELS.indexOf(label as (typeof LABELS)[number]));
  assert.ok(transitions[bPer * LABEL_COUNT + iPer] > transitions[bLoc * LABEL_COUNT + iLoc],
    `B-PER→I-PER ${transitions[bPer * LABEL_COUNT + iPer]}, B-LOC→I-LOC ${transitions[bLoc * LABEL_COUNT + iLoc]}`);
});

test('the same seed, dropout and runs give the same CRF weights (train:ner reproduces its files)', () => {
  const options = { ...OPTIONS, dropout: 0.3, runs: 2 };
  const [a, b] = [trainCrf(TRAINING, options), trainCrf(TRAINING, options)];
  assert.deepEqual(a.keys, b.keys);
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.transitions, b.transitions);
});
