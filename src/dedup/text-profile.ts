// The dedup adapter onto the Arabic text toolkit: folded words for shingles (every word, since a
// copy keeps its function words) and content terms for similarity (stop words out, light stem —
// the same folding and stemming as searchTerms, without its offsets, which dedup does not need).
import { foldForSearch, isStopWord, lightStem } from '../text/index.ts';

// Two letters or fewer after stemming is mostly a clitic or an abbreviation letter.
const MIN_TERM_LENGTH = 2;

const SEPARATOR = 0;
const WORD = 1;
const SURROGATE = 2;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * For each UTF-16 code unit: part of a word (a letter or a number, Unicode's \p{L} and \p{N}), a
 * separator, or a surrogate whose pair decides. A table read per character is several times
 * cheaper than splitting on a Unicode-property regex, and dedup splits every word of every article.
 */
function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = SURROGATE;
    else if (LETTER_OR_NUMBER.test(String.fromCharCode(code))) table[code] = WORD;
  }
  return table;
}

const WORD_TABLE = buildWordTable();

/** Whether the character starting at `i` is part of a word; a surrogate pair counts as one character. */
function wordCharWidth(text: string, i: number): number {
  const kind = WORD_TABLE[text.charCodeAt(i)];
  if (kind !== SURROGATE) return kind === WORD ? 1 : -1;
  const codePoint = text.codePointAt(i)!;
  const width = codePoint > 0xffff ? 2 : 1;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint)) ? width : -width;
}

/** The words of a text in the search profile, in order. */
export function searchWords(text: string): string[] {
  return splitFolded(foldForSearch(text));
}

/** The words of a text already in the search profile: its runs of letters and numbers. */
export function splitFolded(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length;) {
    const width = wordCharWidth(folded, i);
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
    } else {
      if (start >= 0) { words.push(folded.slice(start, i)); start = -1; }
      i -= width;
    }
  }
  if (start >= 0) words.push(folded.slice(start));
  return words;
}

/** A folded word as a content term, or null for a stop word. */
export function contentTerm(foldedWord: string): string | null {
  if (isStopWord(foldedWord)) return null;
  const stem = lightStem(foldedWord);
  return stem.length >= MIN_TERM_LENGTH ? stem : null;
}
