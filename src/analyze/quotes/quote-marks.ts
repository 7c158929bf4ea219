// Quote marks as data. Newspapers mix them freely: ” opens as often as it closes
// (بأنه”حدث مهم…”), » opens after a colon (:»دول الخليج…»), " is both. Each mark has a family
// (marks of one family pair with each other) and what it usually does.

export type MarkRole = 'opens' | 'closes' | 'either';
export type MarkFamily = 'curly' | 'angle' | 'single-angle' | 'straight' | 'ornate' | 'double-paren';

export interface QuoteMark {
  char: string;
  family: MarkFamily;
  role: MarkRole;
}

export const QUOTE_MARKS: readonly QuoteMark[] = [
  { char: '\u201C', family: 'curly', role: 'opens' }, // “
  { char: '\u201E', family: 'curly', role: 'opens' }, // „
  { char: '\u201D', family: 'curly', role: 'closes' }, // ”
  { char: '\u201F', family: 'curly', role: 'either' }, // ‟
  { char: '\u00AB', family: 'angle', role: 'opens' }, // «
  { char: '\u00BB', family: 'angle', role: 'closes' }, // »
  { char: '\u2039', family: 'single-angle', role: 'opens' }, // ‹
  { char: '\u203A', family: 'single-angle', role: 'closes' }, // ›
  { char: '"', family: 'straight', role: 'either' },
  { char: '\uFF02', family: 'straight', role: 'either' }, // fullwidth "
  // Ornate parentheses around Quranic verses; which one comes first in logical order varies by
  // keyboard, so both may open or close.
  { char: '\uFD3E', family: 'ornate', role: 'either' },
  { char: '\uFD3F', family: 'ornate', role: 'either' },
];

/** (( … )) around a verse: two parentheses in a row act as one mark. */
export const DOUBLE_PAREN_OPEN = '((';
export const DOUBLE_PAREN_CLOSE = '))';

/** Quotes nest at most this deep; deeper marks are treated as stray. */
export const MAX_QUOTE_DEPTH = 3;

export const QUOTE_MARK_BY_CHAR: ReadonlyMap<string, QuoteMark> = new Map(QUOTE_MARKS.map((mark) => [mark.char, mark]));
