import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lightStem } from './stem.ts';
import { foldForSearch } from './profiles.ts';

function expectStem(word: string, expected: string): void {
  const actual = lightStem(foldForSearch(word));
  assert.equal(actual, expected, `case: ${word}\nexpected: ${expected}\ngot: ${actual}\nhelp: suffixes are in src/text/stem-data.ts, proclitics in src/text/clitic-data.ts`);
}

function expectSameStem(words: string[]): void {
  const stems = words.map((word) => lightStem(foldForSearch(word)));
  assert.equal(new Set(stems).size, 1, `these should share a stem: ${words.map((w, i) => `${w}→${stems[i]}`).join(', ')}\nhelp: src/text/stem.ts`);
}

test('sound plurals and the feminine ending come off: المسلمون المسلمين مسلمات مسلمة → مسلم', () => {
  expectSameStem(['المسلمون', 'المسلمين', 'مسلمات', 'مسلمة', 'مسلم']);
  expectStem('الانتخابات', 'انتخاب');
});

test('the nisba ending comes off after the plural: السعوديين السعودية سعودي → سعود', () => {
  expectSameStem(['السعوديين', 'السعودية', 'سعودي', 'السعوديون']);
});

test('a feminine noun before a pronoun loses its open teh: حكومتها حكومته الحكومة → حكوم', () => {
  expectSameStem(['حكومتها', 'حكومته', 'الحكومة', 'حكومتهم']);
  expectStem('بوابتيها', 'بواب');
});

test('a plural before a pronoun keeps its plural rule: معلوماته → معلوم', () => {
  expectSameStem(['معلوماته', 'المعلومات', 'معلومات']);
});

test('past plural of verbs comes off: أكدوا → اكد', () => {
  expectSameStem(['أكدوا', 'وأكد', 'أكد']);
});

test('guards keep short stems whole: مليون سنة وقته', () => {
  expectStem('مليون', 'ملي');
  expectStem('سنة', 'سنه');
  expectSameStem(['وقته', 'وقت', 'الوقت']);
  expectSameStem(['وعلي', 'علي']);
});

test('suffix rules do not cut into protected names: لبنان ايران فلسطينيين', () => {
  expectStem('لبنان', 'لبنان');
  expectStem('إيران', 'ايران');
  expectSameStem(['الفلسطينيين', 'فلسطين', 'فلسطيني']);
  expectSameStem(['اللبنانية', 'لبنان']);
});

test('a word whose own letters begin with ال meets its article form: الالتزام التزام', () => {
  expectSameStem(['الالتزام', 'التزام']);
});

test('light stemming keeps derivations of a root apart: كتاب كاتب مكتب كتب', () => {
  const stems = ['كتاب', 'كاتب', 'مكتب', 'كتب', 'مكتبة'].map((w) => lightStem(foldForSearch(w)));
  assert.equal(new Set(stems).size, 4, `expected 4 stems (مكتب/مكتبة may meet), got ${stems.join(', ')}`);
});
