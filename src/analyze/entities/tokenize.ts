// Tokens with offsets for the tagger: runs of letters and digits are words, every other visible
// character is a token of its own (as in ANERcorp, where punctuation stands apart). Sentences end
// at . ! ? ؟ and at paragraph breaks, and are cut at a fixed length so decoding stays bounded.

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface TokenizeOptions {
  /** Tokens longer than this are cut into pieces (a 10,000-letter "word" is not a name). */
  maxTokenLength?: number;
}

const ARABIC_SEMICOLON = 0x061b;
const ARABIC_QUESTION_MARK = 0x061f;
const ARABIC_PERCENT = 0x066a;
const ARABIC_FIVE_POINTED_STAR = 0x066d;
const ARABIC_FULL_STOP = 0x06d4;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x0600 && code <= 0x06ff) {
    // The block's own punctuation: number signs and commas (0600–060F), ؛ to ؟ (061B–061F), ٪ ٫ ٬ ٭, ۔.
    return !(code <= 0x060f || (code >= ARABIC_SEMICOLON && code <= ARABIC_QUESTION_MARK)
      || (code >= ARABIC_PERCENT && code <= ARABIC_FIVE_POINTED_STAR) || code === ARABIC_FULL_STOP);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(char);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0x200c
    || code === 0x200d || code === 0x200e || code === 0x200f || code === 0xfeff || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const maxLength = options.maxTokenLength ?? 64;
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) { i++; continue; }
    if (isWordChar(code, text[i])) {
      const start = i;
      i++;
      while (i < n && i - start < maxLength) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c, text[i])) break;
        i++;
      }
      tokens.push({ text: text.slice(start, i), start, end: i });
      continue;
    }
    // A surrogate pair (emoji) stays one token so no span splits a character.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    tokens.push({ text: text.slice(i, i + width), start: i, end: i + width });
    i += width;
  }
  return tokens;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\u06d4']);

/** Sentence boundaries as [from, to) token index ranges. */
export function sentenceRanges(text: string, tokens: Token[], maxSentence = 120): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const breaksBefore = i > from && hasParagraphBreak(text, tokens[i - 1].end, tokens[i].start);
    if (breaksBefore) { ranges.push([from, i]); from = i; }
    if (SENTENCE_END.has(tokens[i].text) || i + 1 - from >= maxSentence) { ranges.push([from, i + 1]); from = i + 1; }
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
