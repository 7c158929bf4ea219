// Splits a folded word into proclitics (و ف ب ك ل ال لل and their chains), a base and attached
// pronouns. Index-based so the stemmer can use it without building strings on the hot path.
import { PROCLITICS, MAX_PROCLITICS, ENCLITICS, PROTECTED_STEMS, WORD_EXCEPTIONS } from './clitic-data.ts';

export interface Clitics {
  proclitics: string;
  base: string;
  enclitics: string;
}

const LAM_LAM = 'لل';

/** Protected stems grouped by first letter, so a check looks at a handful of them. */
const PROTECTED_BY_FIRST_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const stem of PROTECTED_STEMS) {
    const group = groups.get(stem[0]) ?? [];
    group.push(stem);
    groups.set(stem[0], group);
  }
  return groups;
})();

/** Letters the suffixes and pronouns are made of (ات ون ين ان ي ه ها هم هما هن كم نا). */
const SUFFIX_LETTERS: ReadonlySet<string> = new Set(['ا', 'ت', 'و', 'ن', 'ي', 'ه', 'م', 'ك']);

function onlySuffixLetters(word: string, from: number): boolean {
  for (let i = from; i < word.length; i++) if (!SUFFIX_LETTERS.has(word[i])) return false;
  return true;
}

/**
 * The length of the protected stem that `word` starts with at `from`, or 0. What follows the stem
 * must look like endings (وجهات is وجه + ات), otherwise the stem is only a look-alike (وجهود is
 * و + جهود).
 */
export function protectedStemAt(word: string, from: number): number {
  const candidates = PROTECTED_BY_FIRST_LETTER.get(word[from]);
  if (candidates === undefined) return 0;
  for (const stem of candidates) {
    if (word.startsWith(stem, from) && onlySuffixLetters(word, from + stem.length)) return stem.length;
  }
  return 0;
}

/**
 * Where the base starts: the total length of the proclitics at the front of `word`. The length
 * guards count the letters between a cut and `stemEnd`, so a caller that has found suffixes can
 * ask again with the stem's end: وقته keeps its و because وقت does.
 */
export function procliticEnd(word: string, stemEnd = word.length): number {
  let position = 0;
  for (let count = 0; count < MAX_PROCLITICS; count++) {
    if (protectedStemAt(word, position) > 0) break;
    let cut = 0;
    for (const { form, minRest } of PROCLITICS) {
      if (!word.startsWith(form, position)) continue;
      // In front of a protected stem that starts with lam, لل is one lam: ل + ليبيا, not لل + يبيا.
      const length = form === LAM_LAM && protectedStemAt(word, position + 1) > 0 ? 1 : form.length;
      if (stemEnd - position - length >= minRest) { cut = length; break; }
    }
    if (cut === 0) break;
    position += cut;
  }
  return position;
}

/** Where the attached pronoun starts (word.length when there is none); never cuts into the base's first `baseStart + minRest` letters. */
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
  const baseEnd = encliticStart(foldedWord, procliticEnd(foldedWord));
  const baseStart = procliticEnd(foldedWord, baseEnd);
  return {
    proclitics: foldedWord.slice(0, baseStart),
    base: foldedWord.slice(baseStart, baseEnd),
    enclitics: foldedWord.slice(baseEnd),
  };
}
