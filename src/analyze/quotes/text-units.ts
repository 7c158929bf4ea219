// The units the quote finder walks: tokens (words, numbers, punctuation) with their folded form,
// paragraphs (lines) and sentences. Offsets are UTF-16 indices into the text given.
import { SegmentScanner, foldForSearch } from '../../text/index.ts';


export interface Token {
  start: number;
  end: number;
  text: string;
  /** Search-folded text (foldForSearch): hamzas, ة, ى and harakat folded. */
  fold: string;
  kind: 'word' | 'number' | 'punct' | 'other';
  /** Index of the sentence this token belongs to. */
  sentence: number;
  paragraph: number;
}

export interface TextRange {
  start: number;
  end: number;
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface TextUnits {
  text: string;
  tokens: Token[];
  paragraphs: TextRange[];
  sentences: TextRange[];
  /** wordsBefore[i]: how many word or number tokens come before token i (length tokens + 1). */
  wordsBefore: Int32Array;
}

const SENTENCE_ENDERS = new Set(['.', '!', '?', '؟', '۔']);
// Marks that stay with the sentence they close: «… الحقائق.» ends after the », not before it.
const TRAILING_CLOSERS = new Set(['"', '”', '»', '’', "'", ')', '›', '﴾']);
// Tokens longer than this are cut: a 10,000-letter "word" is not a verb or a name.
const MAX_TOKEN_LENGTH = 64;

function isNewline(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2029) return true;
  }
  return false;
}

export function buildTextUnits(text: string): TextUnits {
  const tokens: Token[] = [];
  const paragraphs: TextRange[] = [];
  const sentences: TextRange[] = [];
  let paragraphStart = 0;
  let paragraphFirstToken = 0;
  let sentenceStart = -1;
  let sentenceFirstToken = 0;

  const closeSentence = (end: number): void => {
    if (sentenceStart >= 0 && tokens.length > sentenceFirstToken) {
      sentences.push({ start: sentenceStart, end, firstToken: sentenceFirstToken, endToken: tokens.length });
    }
    sentenceStart = -1;
    sentenceFirstToken = tokens.length;
  };
  const closeParagraph = (end: number, nextStart: number): void => {
    closeSentence(end);
    if (tokens.length > paragraphFirstToken) {
      paragraphs.push({ start: paragraphStart, end, firstToken: paragraphFirstToken, endToken: tokens.length });
    }
    paragraphStart = nextStart;
    paragraphFirstToken = tokens.length;
  };

  let sentenceEndPending = false;
  const scanner = new SegmentScanner(text);
  while (scanner.next()) {
    const { start, end, kind } = scanner;
    if (kind === 'space') {
      if (isNewline(text, start, end)) { sentenceEndPending = false; closeParagraph(lastTokenEnd(tokens, paragraphStart), end); }
      continue;
    }
    if (sentenceEndPending) {
      const adjacent = tokens[tokens.length - 1].end === start;
      const adjacentCloser = adjacent && kind === 'punct' && (TRAILING_CLOSERS.has(text[start]) || SENTENCE_ENDERS.has(text[start]));
      if (!adjacentCloser) { sentenceEndPending = false; closeSentence(tokens[tokens.length - 1].end); }
    }
    for (let pieceStart = start; pieceStart < end; pieceStart += MAX_TOKEN_LENGTH) {
      const pieceEnd = Math.min(end, pieceStart + MAX_TOKEN_LENGTH);
      const raw = text.slice(pieceStart, pieceEnd);
      if (sentenceStart < 0) { sentenceStart = pieceStart; sentenceFirstToken = tokens.length; }
      tokens.push({
        start: pieceStart, end: pieceEnd, text: raw, fold: foldForSearch(raw), kind,
        sentence: sentences.length, paragraph: paragraphs.length,
      });
    }
    if (kind === 'punct' && SENTENCE_ENDERS.has(text[start]) && !isAbbreviationDot(tokens, text)) sentenceEndPending = true;
  }
  closeParagraph(lastTokenEnd(tokens, paragraphStart), text.length);
  const wordsBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) wordsBefore[i + 1] = wordsBefore[i] + (isWordLike(tokens[i]) ? 1 : 0);
  return { text, tokens, paragraphs, sentences, wordsBefore };
}

/** A dot after a one-letter word is an abbreviation (د. for doctor, م. for engineer), not a sentence end. */
function isAbbreviationDot(tokens: Token[], text: string): boolean {
  const dot = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  return text[dot.start] === '.' && before !== undefined && before.kind === 'word' && before.end === dot.start
    && before.text.length === 1;
}

function lastTokenEnd(tokens: Token[], fallback: number): number {
  return tokens.length > 0 ? Math.max(tokens[tokens.length - 1].end, fallback) : fallback;
}

/** True when the token is a word or number (not punctuation). */
export function isWordLike(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number');
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenIndexAt(units: TextUnits, offset: number): number {
  const { tokens } = units;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1; else high = mid;
  }
  return low;
}

/** Number of word and number tokens that start in [start, end); two binary searches. */
export function countWords(units: TextUnits, start: number, end: number): number {
  if (end <= start) return 0;
  return units.wordsBefore[tokenIndexAt(units, end)] - units.wordsBefore[tokenIndexAt(units, start)];
}
