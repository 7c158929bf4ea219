// Splits text into words, numbers, punctuation, spaces and other runs. The segments cover the
// input completely and in order (joined back they equal it), and their offsets are UTF-16
// indices into the text given, so spans found on them point into display text.
export type SegmentKind = 'word' | 'number' | 'punct' | 'space' | 'other';

export interface Segment {
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
}

// Character classes, one byte per UTF-16 code unit, computed once from Unicode properties.
const OTHER = 0;
const LETTER = 1;
const MARK = 2; // combining marks: harakat, shadda… stay inside the word they sit on
const DIGIT = 3;
const SPACE = 4;
const PUNCT = 5;
const FORMAT = 6; // invisible format controls (ZWNJ, ZWJ, bidi marks, BOM): they continue a segment
const HIGH_SURROGATE = 7;

const ZERO_WIDTH_SPACE = 0x200b; // a word boundary hint, so it is a space, not a format control
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const ARABIC_DECIMAL_SEPARATOR = 0x066b;
const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{Nd}$/u;
const IS_SPACE = /^\s$/u;
const IS_PUNCT = /^\p{P}$/u;
const IS_FORMAT = /^\p{Cf}$/u;

function classifyCodePoint(ch: string): number {
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_MARK.test(ch)) return MARK;
  if (IS_DIGIT.test(ch)) return DIGIT;
  if (IS_SPACE.test(ch) || ch.codePointAt(0) === ZERO_WIDTH_SPACE) return SPACE;
  if (IS_PUNCT.test(ch)) return PUNCT;
  if (IS_FORMAT.test(ch)) return FORMAT;
  return OTHER;
}

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) table[code] = HIGH_SURROGATE;
    else if (code >= 0xdc00 && code <= 0xdfff) table[code] = OTHER; // a lone low surrogate
    else table[code] = classifyCodePoint(String.fromCharCode(code));
  }
  return table;
}

const CHAR_CLASS = buildClassTable();

function isNumberSeparator(code: number): boolean {
  return code === FULL_STOP || code === COMMA || code === ARABIC_DECIMAL_SEPARATOR || code === ARABIC_THOUSANDS_SEPARATOR;
}

/**
 * Walks a text segment by segment without allocating: after next() returns true, start, end and
 * kind describe the segment. Used by segment() and, without building Segment objects, by the
 * search term analyser.
 */
export class SegmentScanner {
  start = 0;
  end = 0;
  kind: SegmentKind = 'other';
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  next(): boolean {
    const text = this.text;
    const length = text.length;
    let i = this.end;
    if (i >= length) return false;
    this.start = i;
    const first = this.classAt(i);
    i += this.widthAt(i);
    switch (first) {
      case LETTER:
        this.kind = 'word';
        while (i < length) {
          // One table look a code unit: only half a surrogate pair needs classAt's longer look.
          const unit = CHAR_CLASS[text.charCodeAt(i)];
          if (unit === LETTER || unit === MARK || unit === FORMAT) { i++; continue; }
          if (unit !== HIGH_SURROGATE) break;
          const cls = this.classAt(i);
          if (cls !== LETTER && cls !== MARK && cls !== FORMAT) break;
          i += this.widthAt(i);
        }
        break;
      case DIGIT:
        this.kind = 'number';
        while (i < length) {
          const cls = this.classAt(i);
          if (cls === DIGIT || cls === MARK || cls === FORMAT) { i += this.widthAt(i); continue; }
          // 3.5, ٣٫٥, 1,000: a separator belongs to the number only between two digits.
          if (isNumberSeparator(text.charCodeAt(i)) && i + 1 < length && this.classAt(i + 1) === DIGIT) { i += 1; continue; }
          break;
        }
        break;
      case SPACE:
        this.kind = 'space';
        while (i < length && this.classAt(i) === SPACE) i++;
        break;
      case PUNCT:
        this.kind = 'punct';
        break;
      default:
        // Symbols, emoji (with their modifiers and joiners), stray marks and format controls.
        this.kind = 'other';
        while (i < length) {
          const cls = this.classAt(i);
          if (cls !== OTHER && cls !== MARK && cls !== FORMAT) break;
          i += this.widthAt(i);
        }
    }
    this.end = i;
    return true;
  }

  private classAt(i: number): number {
    const cls = CHAR_CLASS[this.text.charCodeAt(i)];
    if (cls !== HIGH_SURROGATE) return cls;
    const low = this.text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER; // a lone high surrogate
    return classifyCodePoint(this.text.slice(i, i + 2));
  }

  private widthAt(i: number): number {
    if (CHAR_CLASS[this.text.charCodeAt(i)] !== HIGH_SURROGATE) return 1;
    const low = this.text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
}

export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  const scanner = new SegmentScanner(text);
  while (scanner.next()) {
    segments.push({ text: text.slice(scanner.start, scanner.end), start: scanner.start, end: scanner.end, kind: scanner.kind });
  }
  return segments;
}
