// Word, number and sign tokens with their folded form (digits to ASCII, ٫ to ., ٪ to %), for the
// amount and date readers. Offsets are UTF-16 indices into the text given.
import { SegmentScanner, foldForSearch } from '../../text/index.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  fold: string;
  kind: 'word' | 'number' | 'punct' | 'other';
  /** Whitespace or a line break comes right before this token. */
  spaceBefore: boolean;
  /** A line break comes right before this token. */
  newlineBefore: boolean;
}

// Tokens longer than this are cut: a 10,000-digit "number" is not an amount.
const MAX_TOKEN_LENGTH = 40;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const scanner = new SegmentScanner(text);
  let spaceBefore = true;
  let newlineBefore = true;
  while (scanner.next()) {
    const { start, end, kind } = scanner;
    if (kind === 'space') {
      spaceBefore = true;
      if (/[\n\r\u2029]/u.test(text.slice(start, end))) newlineBefore = true;
      continue;
    }
    for (let pieceStart = start; pieceStart < end; pieceStart += MAX_TOKEN_LENGTH) {
      const pieceEnd = Math.min(end, pieceStart + MAX_TOKEN_LENGTH);
      const raw = text.slice(pieceStart, pieceEnd);
      tokens.push({ start: pieceStart, end: pieceEnd, text: raw, fold: foldForSearch(raw), kind, spaceBefore, newlineBefore });
      spaceBefore = false;
      newlineBefore = false;
    }
  }
  return tokens;
}

/** The conjunction و written on a word: "وعشرين" → "عشرين". */
export function withoutConjunction(fold: string): string {
  return fold.length > 2 && fold.startsWith('و') ? fold.slice(1) : fold;
}
