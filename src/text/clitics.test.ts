import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClitics, type Clitics } from './clitics.ts';
import { foldForSearch } from './profiles.ts';

function expectSplit(word: string, expected: Clitics): void {
  const actual = splitClitics(foldForSearch(word));
  assert.deepEqual(actual, expected, `case: ${word}\nexpected: ${JSON.stringify(expected)}\ngot: ${JSON.stringify(actual)}\nhelp: proclitics and guards are in src/text/clitic-data.ts, the algorithm in src/text/clitics.ts`);
}

const split = (proclitics: string, base: string, enclitics = ''): Clitics => ({ proclitics, base, enclitics });

test('single proclitics come off: و ف ب ك ل ال لل', () => {
  expectSplit('وحكومة', split('و', 'حكومه'));
  expectSplit('فالحكومة', split('فال', 'حكومه'));
  expectSplit('بمصر', split('ب', 'مصر'));
  expectSplit('كذلك', split('ك', 'ذلك'));
  expectSplit('لمصر', split('ل', 'مصر'));
  expectSplit('الحكومة', split('ال', 'حكومه'));
  expectSplit('للمدرسة', split('لل', 'مدرسه'));
});

test('proclitic chains come off in order: وال فال بال كال ولل وب فب ول فل وك', () => {
  expectSplit('والحكومة', split('وال', 'حكومه'));
  expectSplit('بالعاصمة', split('بال', 'عاصمه'));
  expectSplit('كالعادة', split('كال', 'عاده'));
  expectSplit('وللمدرسة', split('ولل', 'مدرسه'));
  expectSplit('وبحكومة', split('وب', 'حكومه'));
  expectSplit('فبحكومة', split('فب', 'حكومه'));
  expectSplit('ولمصر', split('ول', 'مصر'));
  expectSplit('فلمصر', split('فل', 'مصر'));
  expectSplit('وكذلك', split('وك', 'ذلك'));
  expectSplit('وبالحكومة', split('وبال', 'حكومه'));
});

test('proclitics do not repeat out of order: the ب of بوابة is not cut after بـ', () => {
  expectSplit('ببرنامج', split('ب', 'برنامج'));
  expectSplit('البوابة', split('ال', 'بوابه'));
});

test('names and words whose first letters look like proclitics are not cut: ليبيا الله بريطانيا فلسطين كاميرون لبنان', () => {
  for (const word of ['ليبيا', 'الله', 'بريطانيا', 'فلسطين', 'كاميرون', 'لبنان', 'البانيا', 'المانيا', 'واشنطن', 'برنامج', 'بيان', 'وزير']) {
    expectSplit(word, split('', foldForSearch(word)));
  }
});

test('a proclitic in front of a protected word comes off alone: لليبيا = ل + ليبيا', () => {
  expectSplit('لليبيا', split('ل', 'ليبيا'));
  expectSplit('وليبيا', split('و', 'ليبيا'));
  expectSplit('وبريطانيا', split('و', 'بريطانيا'));
  expectSplit('للجنة', split('ل', 'لجنه'));
  expectSplit('والله', split('و', 'الله'));
  expectSplit('لله', split('ل', 'الله'));
});

test('length guards keep short words whole: وقت بعد الذي التي', () => {
  for (const word of ['وقت', 'بعد', 'الذي', 'التي', 'فقط', 'لكن', 'كان']) expectSplit(word, split('', foldForSearch(word)));
});

test('attached pronouns come off: ها هم هما هن كم كن نا', () => {
  expectSplit('حكومتها', split('', 'حكومت', 'ها'));
  expectSplit('وزرائهم', split('', 'وزراء', 'هم'));
  expectSplit('بلادهما', split('', 'بلاد', 'هما'));
  expectSplit('حقوقهن', split('', 'حقوق', 'هن'));
  expectSplit('حكومتكم', split('', 'حكومت', 'كم'));
  expectSplit('بلادنا', split('', 'بلاد', 'نا'));
  expectSplit('وبلادنا', split('و', 'بلاد', 'نا'));
});

test('root letters that look like pronouns stay: درهم ساهم محاكم هنا', () => {
  for (const word of ['درهم', 'ساهم', 'محاكم', 'هنا', 'مشترك']) expectSplit(word, split('', foldForSearch(word)));
});
