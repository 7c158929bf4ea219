import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segment, type Segment } from './segment.ts';
import { messyText } from './test-support.ts';

function kinds(segments: Segment[]): string[] {
  return segments.map((s) => `${s.kind}:${s.text}`);
}

test('segments joined back equal the input, with offsets that slice to their text', () => {
  fc.assert(fc.property(messyText, (text) => {
    const segments = segment(text);
    let position = 0;
    for (const s of segments) {
      if (s.start !== position || s.end <= s.start || text.slice(s.start, s.end) !== s.text) return false;
      position = s.end;
    }
    return position === text.length && segments.map((s) => s.text).join('') === text;
  }), { numRuns: 3000 });
});

test('a segment never splits a surrogate pair', () => {
  fc.assert(fc.property(messyText, (text) => segment(text).every((s) => {
    const first = s.text.charCodeAt(0);
    const last = s.text.charCodeAt(s.text.length - 1);
    const startsWithLowOfPair = first >= 0xdc00 && first <= 0xdfff && s.start > 0 && isHigh(text.charCodeAt(s.start - 1));
    const endsWithHighOfPair = isHigh(last) && isLow(text.charCodeAt(s.end));
    return !startsWithLowOfPair && !endsWithHighOfPair;
  })), { numRuns: 2000 });
});

function isHigh(code: number): boolean { return code >= 0xd800 && code <= 0xdbff; }
function isLow(code: number): boolean { return code >= 0xdc00 && code <= 0xdfff; }

test('arabic words keep their harakat and tatweel inside the word segment', () => {
  assert.deepEqual(kinds(segment('السَّرّاجُ الـسراج')), ['word:السَّرّاجُ', 'space: ', 'word:الـسراج']);
});

test('numbers are segments, with decimals in ASCII and Arabic-Indic digits', () => {
  assert.deepEqual(kinds(segment('نما 3.5% و٣٫٥ في ٢٠١٥، و1,000 دولار.')), [
    'word:نما', 'space: ', 'number:3.5', 'punct:%', 'space: ', 'word:و', 'number:٣٫٥', 'space: ', 'word:في', 'space: ',
    'number:٢٠١٥', 'punct:،', 'space: ', 'word:و', 'number:1,000', 'space: ', 'word:دولار', 'punct:.',
  ]);
});

test('a full stop or comma after a number is punctuation, not part of it', () => {
  assert.deepEqual(kinds(segment('عام 2015. ثم 7,')), ['word:عام', 'space: ', 'number:2015', 'punct:.', 'space: ', 'word:ثم', 'space: ', 'number:7', 'punct:,']);
});

test('latin words, arabic punctuation and emoji get their own kinds', () => {
  assert.deepEqual(kinds(segment('(افريكوم) AFRICOM؟ 👍🏽')), [
    'punct:(', 'word:افريكوم', 'punct:)', 'space: ', 'word:AFRICOM', 'punct:؟', 'space: ', 'other:👍🏽',
  ]);
});

test('ZWNJ inside a word continues it; a bidi mark before a word stays out of it', () => {
  assert.deepEqual(kinds(segment('می\u200cخواهم \u200fليبيا')), ['word:می\u200cخواهم', 'space: ', 'other:\u200f', 'word:ليبيا']);
});
