// The dedup adapter onto the Arabic text toolkit: folded words for shingles (every word, since a
// copy keeps its function words) and content terms for similarity (stop words out, light stem —
// the same folding and stemming as searchTerms, without its offsets, which dedup does not need).
import { foldForSearch, isStopWord, lightStem } from '../text/index.ts';

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
// Two letters or fewer after stemming is mostly a clitic or an abbreviation letter.
const MIN_TERM_LENGTH = 2;

/** The words of a text in the search profile, in order. */
export function searchWords(text: string): string[] {
  return splitFolded(foldForSearch(text));
}

/** The words of a text already in the search profile. */
export function splitFolded(folded: string): string[] {
  return folded.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** A folded word as a content term, or null for a stop word. */
export function contentTerm(foldedWord: string): string | null {
  if (isStopWord(foldedWord)) return null;
  const stem = lightStem(foldedWord);
  return stem.length >= MIN_TERM_LENGTH ? stem : null;
}
