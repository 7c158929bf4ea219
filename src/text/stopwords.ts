// Stop words: function words that say little about what an article is about. The list is data
// (stopword-data.ts); this module only answers membership, also for a function word carrying a
// conjunction (وهذا، فلا), which news text attaches constantly.
import { STOP_WORD_GROUPS } from './stopword-data.ts';
import { foldForSearch } from './profiles.ts';

const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_GROUPS.flat().map(foldForSearch));
const WAW = 'و';
const FEH = 'ف';

/** Expects a word in the search profile (foldForSearch). */
export function isStopWord(foldedWord: string): boolean {
  if (STOP_WORDS.has(foldedWord)) return true;
  const first = foldedWord[0];
  return (first === WAW || first === FEH) && foldedWord.length > 2 && STOP_WORDS.has(foldedWord.slice(1));
}
