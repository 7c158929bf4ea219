// hitWords skips stemming words that cannot be a query key; these tests hold it to the terms
// searchTerms gives, which is what snippets were cut from before, so no snippet changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { WORD_EXCEPTIONS } from '../text/clitic-data.ts';
import { foldForSearch, lightStem, searchTerms } from '../text/index.ts';
import { arabicWord, messyText } from '../text/test-support.ts';
import { HitFinder, hitWords, type HitWords } from './hit-words.ts';
import { makeSnippet, snippetMaker } from './snippet.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seeds/000_f77f88289c7c6a30.txt');

/** What hitWords must give: every term of searchTerms, its key kept only when it is a query key. */
function expected(text: string, keys: ReadonlySet<string>) {
  return searchTerms(text).map(({ term, start, end }) => ({ key: keys.has(term) ? term : undefined, start, end }));
}

/** The parallel lists as one entry per word, to compare with searchTerms. */
function listOf(words: HitWords) {
  return words.key.map((key, i) => ({ key, start: words.start[i], end: words.end[i] }));
}

function seedText(): string {
  try {
    return readFileSync(SEED, 'utf8');
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    return 'قالت حكومة الوفاق الوطني في طرابلس إن رئيسها فايز السّرّاج التقى بالمبعوث الأممي لليبيا.';
  }
}

test('a light stem is a piece of its folded word, save the listed whole-word exceptions: والحكومة → حكوم', () => {
  assert.ok('والحكومه'.includes(lightStem('والحكومه')));
  fc.assert(fc.property(arabicWord, (word) => {
    const folded = foldForSearch(word);
    return folded === '' || WORD_EXCEPTIONS.has(folded) || folded.includes(lightStem(folded));
  }), { numRuns: 5000 });
});

test('every word that folds to some letters is a term: قالت الـ 3 مدن gives four terms', () => {
  const text = 'قالت الـ 3 مدن';
  assert.equal(searchTerms(text).length, 4);
  assert.deepEqual(listOf(hitWords(text, new Set(['مدن']))), expected(text, new Set(['مدن'])));
});

test('hit words are the terms of searchTerms, with the query keys marked: real Arabic news text', () => {
  const text = seedText();
  const terms = searchTerms(text);
  // Keys of words that are there, one that is only a piece of words (حكوم), one that is nowhere, the exception لله's key.
  const keySets = [
    new Set([terms[3].term, terms[10].term]), new Set(['حكوم', 'الله']), new Set(['غيرموجود']),
    new Set(terms.filter((_, i) => i % 7 === 0).map((t) => t.term)),
  ];
  for (const keys of keySets) assert.deepEqual(listOf(hitWords(text, keys)), expected(text, keys), `keys ${[...keys].join(' ')}`);
});

test('hit words are the terms of searchTerms on random text: harakat, tatweel, digits of three scripts, لله', () => {
  const keyPool = ['حكوم', 'ليبي', 'الله', '1000', '3.5', 'ا', 'ي', 'وزير'];
  fc.assert(fc.property(messyText, fc.subarray(keyPool), fc.array(arabicWord, { maxLength: 3 }), (text, chosen, extra) => {
    const withExceptions = `${text} لله ${extra.join(' ')} ${text}`;
    const keys = new Set([...chosen, ...extra.map((w) => lightStem(foldForSearch(w)))]);
    assert.deepEqual(listOf(hitWords(withExceptions, keys)), expected(withExceptions, keys));
  }), { numRuns: 2000 });
});

test('a snippet marks the outlet\'s spelling of every key in its window: لله and الله both for الله', () => {
  const snippet = makeSnippet('قال إن الأمر لله وحده، والله أعلم.', new Set([lightStem('الله')]));
  assert.deepEqual(snippet.match(/<mark>[^<]*<\/mark>/g), ['<mark>لله</mark>', '<mark>والله</mark>']);
});

test('a key is marked however its least common letter is written: أسامة for اسامه, the ligature ﻻ in ﻻجئين for لاجئ', () => {
  for (const [text, word] of [['التقى أسامةُ بالوزير', 'أسامةُ'], ['عاد ﻻجئين إلى بيوتهم', 'ﻻجئين']]) {
    const key = lightStem(foldForSearch(word));
    const found = listOf(hitWords(text, new Set([key])));
    assert.deepEqual(found.filter((w) => w.key !== undefined).map((w) => text.slice(w.start, w.end)), [word], `key ${key} in «${text}»`);
    assert.deepEqual(found, expected(text, new Set([key])));
  }
});

test('one finder serves every hit of an answer: its words for each text are those of a fresh look, وزير in ten forms', () => {
  const keys = new Set([lightStem(foldForSearch('الوزير'))]);
  const finder = new HitFinder(keys);
  const forms = ['الوزير', 'وزير', 'ووزير', 'للوزير', 'بالوزير', 'الوزيرة', 'وزيرا', 'والوزير', 'لوزير', 'فالوزير'];
  forms.forEach((form, i) => {
    const text = `التقى ${form} اليوم وفدًا، وقال ${forms[(i + 3) % forms.length]} إن المحادثات مثمرة.`;
    assert.deepEqual(listOf(finder.words(text)), expected(text, keys), `text «${text}»`);
  });
  fc.assert(fc.property(fc.array(messyText, { minLength: 1, maxLength: 6 }), (texts) => {
    const shared = new HitFinder(new Set(['حكوم', 'ليبي', 'وزير']));
    for (const text of texts) assert.deepEqual(listOf(shared.words(text)), expected(text, new Set(['حكوم', 'ليبي', 'وزير'])));
  }), { numRuns: 300 });
});

test('snippets from one maker are the snippets made one by one: «أمطار» over several texts', () => {
  const keys = new Set([lightStem(foldForSearch('أمطار'))]);
  const texts = [seedText(), 'هطلت أمطار غزيرة على جدة، والأمطار مستمرة.', 'لا شيء هنا عن الطقس.', 'أمطارٌ وأمطار، ثم أمطار.'];
  const snippet = snippetMaker(keys);
  for (const text of texts) assert.equal(snippet(text), makeSnippet(text, keys), `text «${text.slice(0, 60)}»`);
});
