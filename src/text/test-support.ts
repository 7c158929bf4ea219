// Shared pieces for the text tests: random text that looks like what the toolkit meets (Arabic
// with harakat and tatweel, digits of three scripts, Latin, emoji, bidi marks, broken surrogates),
// and an assertion that says which rule file to look at when it fails.
import fc from 'fast-check';
import assert from 'node:assert/strict';

const ARABIC_LETTERS = 'ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي';
const HARAKAT = '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670';
const PIECES = [
  ...ARABIC_LETTERS, ...HARAKAT, '\u0640', 'ال', 'و', 'لل', 'ها',
  '٠', '٣', '٫', '٬', '۵', '0', '7', '.', ',',
  'a', 'Z', 'é', 'İ',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\n\n\n',
  '،', '؛', '؟', '!', '«', '»', '"', '-', '%',
  '\u200c', '\u200d', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069', '\ufeff', '\u061c', '\u200b',
  'ﻻ', 'ﷲ', '\ufe70', 'ﺑ', 'ﷺ',
  '😀', '👍🏽', '👨‍👩‍👧', '𝐀', '\ud800', '\udc00', '\u0301',
];

/** One character or short chunk of the kinds listed above, or any BMP code unit. */
export const textPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
);

export const messyText = fc.array(textPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

export const arabicWord = fc.array(fc.constantFrom(...ARABIC_LETTERS), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''));

/** assert.equal with a message naming the case, what was expected, what came out, and where the rule lives. */
export function expectText(actual: string, expected: string, input: string, ruleFile: string): void {
  assert.equal(actual, expected, `case: ${JSON.stringify(input)}\nexpected: ${JSON.stringify(expected)}\ngot: ${JSON.stringify(actual)}\nhelp: the rule is in src/text/${ruleFile}`);
}
