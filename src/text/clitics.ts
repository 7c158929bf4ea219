// Splits a folded word into proclitics (و ف ب ك ل ال لل and their chains), a base and attached
// pronouns. Index-based, with lookups keyed by char codes, so the stemmer can run it on every word
// at ingest without building strings.
import { PROCLITICS, PREPOSITION, ARTICLE, ENCLITICS, PROTECTED_STEMS, PROTECTED_STEM_ENDINGS, WORD_EXCEPTIONS } from './clitic-data.ts';

export interface Clitics {
  proclitics: string;
  base: string;
  enclitics: string;
}

const LAM_LAM = 'لل';
const ARTICLE_FORM = 'ال';

/** The first three letters of a word from `at` as one number (three UTF-16 units fit in 48 bits). */
function tripleKey(word: string, at: number): number {
  return (word.charCodeAt(at) * 0x10000 + word.charCodeAt(at + 1)) * 0x10000 + word.charCodeAt(at + 2);
}

const MIN_PROTECTED_STEM = 3;

/** Protected stems grouped by their first three letters, so a check looks at one or two of them. */
const PROTECTED_BY_FIRST_LETTERS: ReadonlyMap<number, readonly string[]> = (() => {
  const groups = new Map<number, string[]>();
  for (const stem of PROTECTED_STEMS) {
    if (stem.length < MIN_PROTECTED_STEM) throw new Error(`protected stem ${stem} is shorter than ${MIN_PROTECTED_STEM} letters`);
    const key = tripleKey(stem, 0);
    const group = groups.get(key) ?? [];
    group.push(stem);
    groups.set(key, group);
  }
  return groups;
})();

function isEnding(word: string, from: number): boolean {
  return from === word.length || PROTECTED_STEM_ENDINGS.has(word.slice(from));
}

/**
 * The length of the protected stem that `word` starts with at `from`, or 0. What follows the stem
 * must be an ending (وجهات is وجه + ات), otherwise the stem is only a look-alike (وعدم is و + عدم,
 * not وعد + م).
 */
export function protectedStemAt(word: string, from: number): number {
  if (from + MIN_PROTECTED_STEM > word.length) return 0;
  const candidates = PROTECTED_BY_FIRST_LETTERS.get(tripleKey(word, from));
  if (candidates === undefined) return 0;
  for (const stem of candidates) {
    if (word.startsWith(stem, from) && isEnding(word, from + stem.length)) return stem.length;
  }
  return 0;
}

/** First letters of the proclitics: most words start with none of them and need no further look. */
const PROCLITIC_FIRST_CODES: ReadonlySet<number> = new Set(PROCLITICS.map(({ form }) => form.charCodeAt(0)));

/** Where a word's stem lies: [start, end). */
export interface StemSpan {
  start: number;
  end: number;
}

/** Where the stem ends, given where it starts: the suffix rules of the caller (pronouns, or the full light stemmer's). */
export type StemEndFinder = (word: string, start: number) => number;

/**
 * Peels proclitics off the front of `word` and lets `findEnd` find the end of what remains. A
 * proclitic comes off only when the stem that is left, found the same way, keeps its guard's
 * letters: so وعلي is و + علي, and بدايه keeps its ب because دايه would leave داي. Because the rest
 * is stemmed exactly as it would be on its own, a word with and without a proclitic gets the same
 * stem whenever the proclitic comes off.
 */
export function stemSpan(word: string, findEnd: StemEndFinder, position = 0, lastSlot = 0): StemSpan {
  if (PROCLITIC_FIRST_CODES.has(word.charCodeAt(position)) && protectedStemAt(word, position) === 0) {
    for (const { form, slot, minRest } of PROCLITICS) {
      // ال may come twice: الالتزام is ال + التزام, and التزام gives up its ال like الالعاب's العاب,
      // so both spellings of a word whose own letters start with ال meet.
      const repeatedArticle = form === ARTICLE_FORM && lastSlot === ARTICLE;
      if ((slot <= lastSlot && !repeatedArticle) || !word.startsWith(form, position)) continue;
      // In front of a protected stem that starts with lam, لل is one lam: ل + ليبيا, not لل + يبيا.
      const lamOnly = form === LAM_LAM && protectedStemAt(word, position + 1) > 0;
      const restStart = position + (lamOnly ? 1 : form.length);
      const rest = stemSpan(word, findEnd, restStart, lamOnly ? PREPOSITION : slot);
      // Counted from just after this proclitic, so the proclitics after it count too (بالنسبه).
      if (rest.end - restStart >= minRest) return rest;
    }
  }
  return { start: position, end: findEnd(word, position) };
}

/** Where the attached pronoun starts (word.length when there is none), leaving the base its guard's letters. */
export function encliticStart(word: string, baseStart: number): number {
  const protectedLength = protectedStemAt(word, baseStart);
  for (const { form, minRest } of ENCLITICS) {
    if (!word.endsWith(form)) continue;
    const rest = word.length - form.length - baseStart;
    if (rest >= minRest && rest >= protectedLength) return word.length - form.length;
  }
  return word.length;
}

export function splitClitics(foldedWord: string): Clitics {
  const exception = WORD_EXCEPTIONS.get(foldedWord);
  if (exception !== undefined) return { ...exception };
  const { start, end } = stemSpan(foldedWord, encliticStart);
  return {
    proclitics: foldedWord.slice(0, start),
    base: foldedWord.slice(start, end),
    enclitics: foldedWord.slice(end),
  };
}
