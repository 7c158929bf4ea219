// A light stemmer in the spirit of Larkey's light10 (our own code and rules): it removes
// proclitics, one attached pronoun or feminine ending, and common plural/dual/nisba endings, all
// under length guards. It does not look for roots: search wants كتاب and كاتب kept apart.
import { stemSpan, protectedStemAt } from './clitics.ts';
import { WORD_EXCEPTIONS } from './clitic-data.ts';
import { PRONOUN_SUFFIXES, INFLECTION_SUFFIXES, TEH, TEH_MIN_REST, PLURAL_FEMININE, FEMININE_DUAL_CONSTRUCT } from './stem-data.ts';

interface Suffix {
  form: string;
  minRest: number;
}

/** Pronoun suffixes grouped by their last letter, longest first: most words end in none of those letters. */
const PRONOUNS_BY_LAST_LETTER: ReadonlyMap<number, readonly Suffix[]> = (() => {
  const groups = new Map<number, Suffix[]>();
  for (const suffix of PRONOUN_SUFFIXES) {
    const last = suffix.form.charCodeAt(suffix.form.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), suffix]);
  }
  return groups;
})();

function endsWithAt(word: string, suffix: string, end: number): boolean {
  // Comparing the last letter first turns most non-matches away without a string compare.
  return end >= suffix.length && word.charCodeAt(end - 1) === suffix.charCodeAt(suffix.length - 1) &&
    word.startsWith(suffix, end - suffix.length);
}

/**
 * A suffix may come off when it leaves `minRest` letters after `start` and does not cut into a
 * protected stem (which ends at `floor`).
 */
function canCut(word: string, suffix: string, end: number, minRest: number, start: number, floor: number): boolean {
  const cut = end - suffix.length;
  return cut - start >= minRest && cut >= floor && endsWithAt(word, suffix, end);
}

/**
 * Before a pronoun a feminine noun shows its ة as an open ت: حكومتها → حكومت → حكوم, like حكومه;
 * in the dual construct it is تي: بوابتيها → بواب. But معلوماته → معلومات is a plural, left to
 * the ات rule.
 */
function openTehEnd(word: string, end: number, start: number, floor: number): number {
  if (canCut(word, FEMININE_DUAL_CONSTRUCT, end, TEH_MIN_REST, start, floor)) return end - FEMININE_DUAL_CONSTRUCT.length;
  if (canCut(word, PLURAL_FEMININE, end, TEH_MIN_REST, start, floor)) return end;
  return canCut(word, TEH, end, TEH_MIN_REST, start, floor) ? end - TEH.length : end;
}

/** Expects a word already in the search profile (foldForSearch). */
export function lightStem(foldedWord: string): string {
  const exception = WORD_EXCEPTIONS.get(foldedWord);
  if (exception !== undefined) return exception.base;
  const { start, end } = stemSpan(foldedWord, suffixStart);
  return start === 0 && end === foldedWord.length ? foldedWord : foldedWord.slice(start, end);
}

/** Where the suffixes of the stem starting at `start` begin: one pronoun or feminine ending, then inflections. */
function suffixStart(word: string, start: number): number {
  // Suffixes never cut into a protected stem (لبنان keeps its ان).
  const floor = start + protectedStemAt(word, start);
  let end = word.length;
  const pronouns = PRONOUNS_BY_LAST_LETTER.get(word.charCodeAt(end - 1));
  if (pronouns !== undefined) {
    for (const { form, minRest } of pronouns) {
      if (!endsWithAt(word, form, end)) continue;
      // The longest matching pronoun decides, even when its guard keeps it on.
      if (canCut(word, form, end, minRest, start, floor)) end = openTehEnd(word, end - form.length, start, floor);
      break;
    }
  }
  for (const { form, minRest } of INFLECTION_SUFFIXES) {
    if (canCut(word, form, end, minRest, start, floor)) end -= form.length;
  }
  return end;
}
