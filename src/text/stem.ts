// A light stemmer in the spirit of Larkey's light10 (our own code and rules): it removes
// proclitics, one attached pronoun or feminine ending, and common plural/dual/nisba endings, all
// under length guards. It does not look for roots: search wants كتاب and كاتب kept apart.
import { procliticEnd, protectedStemAt } from './clitics.ts';
import { WORD_EXCEPTIONS } from './clitic-data.ts';
import { PRONOUN_SUFFIXES, INFLECTION_SUFFIXES, TEH, TEH_MIN_REST } from './stem-data.ts';

function endsWithAt(word: string, suffix: string, end: number): boolean {
  return word.startsWith(suffix, end - suffix.length);
}

/** Expects a word already in the search profile (foldForSearch). */
export function lightStem(foldedWord: string): string {
  const exception = WORD_EXCEPTIONS.get(foldedWord);
  if (exception !== undefined) return exception.base;
  const start = procliticEnd(foldedWord);
  // Suffixes never cut into a protected stem (لبنان keeps its ان).
  const floor = start + protectedStemAt(foldedWord, start);
  let end = foldedWord.length;

  let pronounRemoved = false;
  for (const { form, minRest } of PRONOUN_SUFFIXES) {
    if (!endsWithAt(foldedWord, form, end)) continue;
    const cut = end - form.length;
    if (cut - start >= minRest && cut >= floor) { end = cut; pronounRemoved = true; }
    break; // the longest matching pronoun decides, even when its guard keeps it on
  }
  for (const { form, minRest } of INFLECTION_SUFFIXES) {
    if (!endsWithAt(foldedWord, form, end)) continue;
    const cut = end - form.length;
    if (cut - start >= minRest && cut >= floor) end = cut;
  }
  // حكومتها → حكومت → حكوم, the same stem as حكومه.
  if (pronounRemoved && endsWithAt(foldedWord, TEH, end) && end - 1 - start >= TEH_MIN_REST && end - 1 >= floor) end -= 1;
  // The proclitic guards count the letters of the final stem, so the word with and without a
  // suffix keeps the same proclitics (وقت and وقته both keep their و).
  return foldedWord.slice(procliticEnd(foldedWord, end), end);
}
