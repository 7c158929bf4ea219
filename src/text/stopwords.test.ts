import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isStopWord } from './stopwords.ts';
import { foldForSearch } from './profiles.ts';

const stop = (word: string): boolean => isStopWord(foldForSearch(word));

test('function words are stop words: في من إلى على الذي هذه كان', () => {
  for (const word of ['في', 'من', 'إلى', 'على', 'الذي', 'التي', 'هذه', 'كان', 'أن', 'لكن', 'حتى', 'عن']) {
    assert.equal(stop(word), true, `${word} should be a stop word; help: add it to src/text/stopword-data.ts`);
  }
});

test('function words with attached letters are stop words: وهذا بذلك لهذه بعدها نفسه', () => {
  for (const word of ['وهذا', 'فلا', 'بذلك', 'لهذه', 'بعدها', 'نفسه', 'خلالها', 'وكذلك', 'كلهم']) {
    assert.equal(stop(word), true, `${word} should be a stop word; help: src/text/stopwords.ts`);
  }
});

test('content words of the news are not stop words: حكومة ليبيا قال رئيس ولي', () => {
  for (const word of ['حكومة', 'ليبيا', 'قال', 'رئيس', 'وزير', 'بيان', 'السراج', 'مصر', 'عمان', 'ولي', 'وقت', 'اليمن']) {
    assert.equal(stop(word), false, `${word} should not be a stop word; help: src/text/stopword-data.ts`);
  }
});

// Our list is our own; the published linuxscout list only checks that we did not forget common words.
const REFERENCE = resolve(process.cwd(), '../shared/data/stopwords-linuxscout/wiki_stopwords_frequency.csv');
const COVERAGE_FLOOR = 0.95;

test('our stop words cover the most frequent Arabic function words (reference: linuxscout wiki frequencies)', (t) => {
  if (!existsSync(REFERENCE)) {
    if (process.env.CI === 'true') assert.fail(`missing ${REFERENCE}`);
    t.skip('reference data not present');
    return;
  }
  const rows = readFileSync(REFERENCE, 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t'));
  let tokens = 0;
  let covered = 0;
  for (const [word, frequency] of rows.slice(0, 200)) {
    tokens += Number(frequency);
    if (stop(word)) covered += Number(frequency);
  }
  assert.ok(covered / tokens >= COVERAGE_FLOOR, `token coverage of the 200 most frequent reference stop words: ${(covered / tokens).toFixed(3)} < ${COVERAGE_FLOOR}; help: src/text/stopword-data.ts`);
});
