// Pairs quote marks paragraph by paragraph. A mark opens when a word follows it and closes when a
// word precedes it, whatever its glyph, because outlets use ” and » both ways. Pairing never
// crosses a paragraph: a mark left open ends at the paragraph's end, so one stray « cannot turn a
// whole article into a quote. One pass over the marks, a stack at most MAX_QUOTE_DEPTH deep.
import type { TextUnits } from './text-units.ts';
import { QUOTE_MARK_BY_CHAR, MAX_QUOTE_DEPTH, type MarkFamily, type QuoteMark } from './quote-marks.ts';

export interface MarkedSpan {
  paragraph: number;
  family: MarkFamily;
  depth: number;
  /** Token indices of the opening mark and, when found, of the closing mark. */
  openToken: number;
  closeToken?: number;
  /** Offsets of the words between the marks, without surrounding spaces. */
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  /** The mark's offsets (for a double parenthesis, both characters). */
  openStart: number;
  closeEnd: number;
}

export interface MarkScan {
  spans: MarkedSpan[];
  /** Closing marks with no opening mark before them in their paragraph (token indices). */
  strayClosers: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PARAGRAPH_PUNCTUATION = /[.!?؟…]/u;

interface FoundMark {
  mark: QuoteMark;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

const DOUBLE_PAREN: QuoteMark = { char: '((', family: 'double-paren', role: 'opens' };
const DOUBLE_PAREN_CLOSING: QuoteMark = { char: '))', family: 'double-paren', role: 'closes' };

/** The quote marks of one paragraph, with (( and )) read as single marks. */
function marksOf(units: TextUnits, firstToken: number, endToken: number): FoundMark[] {
  const found: FoundMark[] = [];
  const { tokens, text } = units;
  for (let i = firstToken; i < endToken; i++) {
    const token = tokens[i];
    if (token.kind !== 'punct') continue;
    const next = tokens[i + 1];
    const pairedWithNext = next !== undefined && i + 1 < endToken && next.start === token.end && next.text === token.text;
    if ((token.text === '(' || token.text === ')') && pairedWithNext) {
      found.push({ mark: token.text === '(' ? DOUBLE_PAREN : DOUBLE_PAREN_CLOSING, firstToken: i, lastToken: i + 1, start: token.start, end: next.end });
      i++;
      continue;
    }
    const mark = QUOTE_MARK_BY_CHAR.get(text[token.start]);
    if (mark) found.push({ mark, firstToken: i, lastToken: i, start: token.start, end: token.end });
  }
  return found;
}

interface OpenMark {
  found: FoundMark;
  depth: number;
  /** Index in `spans` of a nested quote of the same family that closed inside this one. */
  closedChild?: number;
}

export function scanQuoteMarks(units: TextUnits): MarkScan {
  const spans: MarkedSpan[] = [];
  const strayClosers: number[] = [];
  const { text } = units;
  for (let p = 0; p < units.paragraphs.length; p++) {
    const paragraph = units.paragraphs[p];
    const stack: OpenMark[] = [];
    for (const found of marksOf(units, paragraph.firstToken, paragraph.endToken)) {
      const before = text[found.start - 1] ?? ' ';
      const after = text[found.end] ?? ' ';
      const wordAfter = WORD_CHAR.test(after);
      const wordBefore = WORD_CHAR.test(before) || PARAGRAPH_PUNCTUATION.test(before);
      const top = stack[stack.length - 1];
      const { role, family } = found.mark;
      const sameFamily = top !== undefined && top.found.mark.family === family;
      // A pure opener with a word after it opens a nested quote even inside its own family: «…بـ«شقة»…».
      const opensNested = role === 'opens' && wordAfter;
      // A straight mark glued to words on both sides inside a straight quote opens a nested one:
      // "إن المنظمات كـ"داعش" كلها…".
      const gluedStraight = family === 'straight' && WORD_CHAR.test(before) && wordAfter;
      const canClose = sameFamily && !(opensNested && family !== 'straight') && (role !== 'opens' || !wordAfter) && !gluedStraight;
      if (canClose) {
        stack.pop();
        const index = spans.length;
        spans.push(makeSpan(units, p, top, found));
        const parent = stack[stack.length - 1];
        if (parent && parent.found.mark.family === family && parent.closedChild === undefined) parent.closedChild = index;
        continue;
      }
      // A closer of a family opened further down: the quotes above it were never closed.
      const deeper = role === 'opens' ? -1 : findLastOpen(stack, family);
      if (deeper >= 0 && !wordAfter) {
        while (stack.length - 1 > deeper) {
          const unclosed = stack.pop()!;
          spans.push(makeOpenSpan(units, p, unclosed, found.start));
        }
        const open = stack.pop()!;
        spans.push(makeSpan(units, p, open, found));
        continue;
      }
      // ” or " with spaces on both sides opens when a word follows: واضاف " الاتحاد حريص…".
      const looksOpening = role === 'opens' || !wordBefore ? wordFollows(text, found.end, paragraph.end) : wordAfter;
      if (looksOpening && stack.length < MAX_QUOTE_DEPTH) {
        stack.push({ found, depth: stack.length });
        continue;
      }
      if (role !== 'opens' && wordBefore) strayClosers.push(found.firstToken);
    }
    // Marks left open end with the paragraph; if a same-family quote opened and closed inside,
    // the writer most likely forgot this closing mark before it.
    while (stack.length > 0) {
      const open = stack.pop()!;
      const child = open.closedChild !== undefined ? spans[open.closedChild] : undefined;
      const end = child ? child.openStart : paragraph.end;
      spans.push(makeOpenSpan(units, p, open, end));
    }
  }
  spans.sort((a, b) => a.openStart - b.openStart);
  return { spans, strayClosers };
}

/** True when the next character that is not a space, before `limit`, is a letter or digit. */
function wordFollows(text: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && i - from < 3 && /\s/u.test(text[i])) i++;
  return i < limit && WORD_CHAR.test(text[i]);
}

function findLastOpen(stack: OpenMark[], family: MarkFamily): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].found.mark.family === family) return i;
  return -1;
}

function makeSpan(units: TextUnits, paragraph: number, open: OpenMark, close: FoundMark): MarkedSpan {
  const [contentStart, contentEnd] = trim(units.text, open.found.end, close.start);
  return {
    paragraph, family: open.found.mark.family, depth: open.depth, openToken: open.found.firstToken,
    closeToken: close.firstToken, contentStart, contentEnd, closed: true, openStart: open.found.start, closeEnd: close.end,
  };
}

function makeOpenSpan(units: TextUnits, paragraph: number, open: OpenMark, end: number): MarkedSpan {
  const [contentStart, contentEnd] = trim(units.text, open.found.end, end, true);
  return {
    paragraph, family: open.found.mark.family, depth: open.depth, openToken: open.found.firstToken,
    contentStart, contentEnd, closed: false, openStart: open.found.start, closeEnd: contentEnd,
  };
}

const TRAILING_SEPARATORS = /[\s،,:;؛\-–]/u;

/** Trims spaces (and, for an unclosed quote, the separators before the next quote) from both ends. */
function trim(text: string, start: number, end: number, dropTrailingSeparators = false): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  const trailing = dropTrailingSeparators ? TRAILING_SEPARATORS : /\s/u;
  while (e > s && trailing.test(text[e - 1])) e--;
  return [s, e];
}
