import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toDisplay, foldForSearch, foldCharForSearch } from './profiles.ts';
import { messyText, expectText } from './test-support.ts';

test('display profile composes NFC after removing controls: ا + RLM + hamza above → أ', () => {
  expectText(toDisplay('ا\u200f\u0654مريكا'), 'أمريكا', 'ا + RLM + U+0654', 'profiles.ts (toDisplay)');
  expectText(toDisplay('الأخبار'.normalize('NFD')), 'الأخبار', 'NFD الأخبار', 'profiles.ts (toDisplay)');
});

test('display profile keeps what the outlet wrote: harakat, tatweel, hamzas, ة and ى stay', () => {
  const text = 'السَّرّاج الـسراج الأميركية مدرسة بنغازى ٢٠١٥';
  expectText(toDisplay(text), text, text, 'profiles.ts (toDisplay)');
});

test('toDisplay is idempotent', () => {
  fc.assert(fc.property(messyText, (text) => toDisplay(toDisplay(text)) === toDisplay(text)), { numRuns: 2000 });
});

test('foldForSearch is idempotent', () => {
  fc.assert(fc.property(messyText, (text) => foldForSearch(foldForSearch(text)) === foldForSearch(text)), { numRuns: 2000 });
});

test('every BMP character folds to a fixed point of the search profile', () => {
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const once = foldCharForSearch(String.fromCharCode(code));
    assert.equal(foldForSearch(once), once, `U+${code.toString(16)} folds to ${JSON.stringify(once)}, which folds again; help: check the rule order in src/text/profiles.ts`);
  }
});

test('the fast path agrees with the rules character by character', () => {
  fc.assert(fc.property(messyText, (text) => {
    let slow = '';
    for (const ch of text) slow += foldCharForSearch(ch);
    return foldForSearch(text) === slow;
  }), { numRuns: 2000 });
});

test('search profile folds the spellings of one word together: السّرّاج, الـسراج, السراج', () => {
  const folded = ['السّرّاج', 'الـسراج', 'السراج', 'ﺍﻟﺴﺮﺍﺝ'].map(foldForSearch);
  assert.deepEqual(new Set(folded), new Set(['السراج']));
  expectText(foldForSearch('الأميركية في بنغازى ٢٠١٥ UN'), 'الاميركيه في بنغازي 2015 un', 'mixed phrase', 'profiles.ts (SEARCH_RULES)');
});
