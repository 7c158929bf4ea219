import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainCrf } from './crf.ts';
import { averageModels } from './ensemble.ts';
import { BASE_FEATURES, EMPTY_LEXICON, describeToken } from './features.ts';
import { labelOfTag, LABEL_COUNT } from './labels.ts';
import { makeScratch } from './model.ts';
import { trainPerceptron } from './perceptron.ts';

const TRAINING = [
  'قال محمد/B-PERS السراج/I-PERS إن الحكومة ستجتمع',
  'وصل الوفد إلى طرابلس/B-LOC أمس',
  'أعلنت وزارة/B-ORG الداخلية/I-ORG عن خطة جديدة',
].map((text) => {
  const pairs = text.split(' ').map((item) => item.split('/'));
  return { tokens: pairs.map(([word]) => describeToken(word, EMPTY_LEXICON)), labels: pairs.map(([, tag]) => labelOfTag(tag ?? 'O')) };
});
const OPTIONS = { features: BASE_FEATURES, epochs: 5, minFeatureCount: 1, seed: 7 };

test('the averaged model scores every token as the mean of the two models it averages', () => {
  const models = [trainPerceptron(TRAINING, OPTIONS), trainCrf(TRAINING, { ...OPTIONS, learningRate: 1 })];
  const average = averageModels(models);
  const emissionsOf = (model: (typeof models)[number], tokens: readonly Int32Array[]) => {
    const scratch = makeScratch(16);
    model.decode(BASE_FEATURES, tokens, scratch, new Uint8Array(tokens.length));
    return scratch.emissions.slice(0, tokens.length * LABEL_COUNT);
  };
  // A sentence with words neither model saw, and words both did.
  const tokens = 'وقال محمد السراج إن بنغازي هادئة'.split(' ').map((word) => describeToken(word, EMPTY_LEXICON));
  const [a, b, mean] = [emissionsOf(models[0], tokens), emissionsOf(models[1], tokens), emissionsOf(average, tokens)];
  for (let i = 0; i < mean.length; i++) assert.ok(Math.abs(mean[i] - (a[i] + b[i]) / 2) < 1e-4, `score ${i}: ${mean[i]} against ${(a[i] + b[i]) / 2}`);
  average.transitions.forEach((value, i) => assert.ok(Math.abs(value - (models[0].transitions[i] + models[1].transitions[i]) / 2) < 1e-4));
});
