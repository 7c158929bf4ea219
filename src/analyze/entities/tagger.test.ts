import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDocumentEvidence } from './document.ts';
import { ATTRIBUTE_COUNT, BASE_FEATURES, DOCUMENT_ATTRIBUTE, DOCUMENT_FEATURES, describeToken } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import { Lexicon } from './lexicon.ts';
import { makeScratch, TaggerModel } from './model.ts';
import { MODEL_FILES, modelDirectory } from './model-files.ts';
import { TwoPassTagger } from './tagger.ts';
import { WordTypeTable } from './word-types.ts';

const read = (name: string) => readFileSync(join(modelDirectory(), name));
const lexicon = Lexicon.deserialize(read(MODEL_FILES.lexicon));
const first = TaggerModel.deserialize(read(MODEL_FILES.firstPass)).model;
const second = TaggerModel.deserialize(read(MODEL_FILES.secondPass)).model;

const DOCUMENT = [
  'رحب رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فايز السراج بالقائم بالأعمال الأميركية ستيفاني وليامز في طرابلس .',
  'وأكد السراج أن قوات افريكوم تعمل مع حكومة الوفاق ضد تنظيم داعش في مدينة سرت .',
  'وقالت ويليامز إن الولايات المتحدة تدعم جهود المبعوث الأممي غسان سلامة .',
  'وكان الجنرال توماس والدهاوسير قائد القيادة العسكرية الأميركية لأفريقيا قد زار تونس ومصر والجزائر .',
].map((sentence) => sentence.split(' '));

/** The reference: every feature hashed and looked up at every position (the training path). */
function referenceLabels(sentences: readonly string[][]): Uint8Array[] {
  const scratch = makeScratch(256);
  const decode = (model: TaggerModel, features: typeof BASE_FEATURES, tokens: readonly Int32Array[]) => {
    const out = new Uint8Array(tokens.length);
    model.decode(features, tokens, scratch, out);
    return out;
  };
  const described = sentences.map((words) => words.map((word) => describeToken(word, lexicon)));
  const firstLabels = described.map((tokens) => decode(first, BASE_FEATURES, tokens));
  return withDocumentEvidence(described, firstLabels).map((tokens) => decode(second, DOCUMENT_FEATURES, tokens));
}

test('the word-type tagger gives the labels of the feature-by-feature reference decoder', () => {
  const tagger = new TwoPassTagger(first, second, lexicon);
  assert.deepEqual(tagger.tagDocument(DOCUMENT).map((labels) => [...labels]), referenceLabels(DOCUMENT).map((labels) => [...labels]),
    'tagger.ts/word-types.ts must sum exactly the weights model.ts decode sums');
});

test('word-type rows score every label as the reference sums all feature weights', () => {
  for (const [model, features] of [[first, BASE_FEATURES], [second, DOCUMENT_FEATURES]] as const) {
    const table = new WordTypeTable(lexicon, [{ model, features }]);
    for (const words of DOCUMENT) {
      const reference = makeScratch(64);
      const fast = makeScratch(64);
      const described = words.map((word) => describeToken(word, lexicon));
      model.decode(features, described, reference, new Uint8Array(words.length));
      const rows = Int32Array.from(words, (word) => table.rowOf(word));
      const evidence = Int32Array.from(described, (token) => token[DOCUMENT_ATTRIBUTE]);
      model.decodeRows(features, table.vectors[0], table.attributes, rows, evidence, 0, words.length, fast, new Uint8Array(words.length));
      for (let i = 0; i < words.length * LABEL_COUNT; i++) {
        assert.ok(Math.abs(reference.emissions[i] - fast.emissions[i]) < 1e-3,
          `${words[Math.floor(i / LABEL_COUNT)]}: label ${i % LABEL_COUNT} scores ${fast.emissions[i]}, reference ${reference.emissions[i]} (model.ts decodeRows)`);
      }
    }
  }
});

test('a word-type table that keeps only its most used words keeps their rows whole', () => {
  const models = [{ model: first, features: BASE_FEATURES }, { model: second, features: DOCUMENT_FEATURES }];
  const bounded = new WordTypeTable(lexicon, models, 5);
  const fresh = new WordTypeTable(lexicon, models);
  for (const words of [...DOCUMENT, ...DOCUMENT]) {
    bounded.beginDocument();
    for (const word of words) bounded.rowOf(word);
  }
  assert.ok(bounded.types <= 5 + DOCUMENT[0].length, `the table holds ${bounded.types} types`);
  bounded.beginDocument();
  for (const word of DOCUMENT.flat()) {
    const [a, b] = [bounded.rowOf(word), fresh.rowOf(word)];
    assert.deepEqual(bounded.attributes.subarray(a * ATTRIBUTE_COUNT, (a + 1) * ATTRIBUTE_COUNT),
      fresh.attributes.subarray(b * ATTRIBUTE_COUNT, (b + 1) * ATTRIBUTE_COUNT), `${word}: attributes (word-types.ts keepMostUsed)`);
    models.forEach(({ features }, m) => {
      const width = features.localOffsets.length * LABEL_COUNT;
      assert.deepEqual(bounded.vectors[m].subarray(a * width, (a + 1) * width), fresh.vectors[m].subarray(b * width, (b + 1) * width),
        `${word}: local scores of model ${m} (word-types.ts keepMostUsed)`);
    });
    assert.deepEqual(bounded.factsOf(a), fresh.factsOf(b), `${word}: facts`);
  }
});
