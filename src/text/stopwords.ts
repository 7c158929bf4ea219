// Stop words: function words that say little about what an article is about. The list is data
// (stopword-data.ts); this module answers membership, also for the forms news text builds from a
// function word with attached letters: a conjunction or preposition in front (وهذا، بذلك، لهذه) and
// a pronoun behind (بعدها، نفسه، خلالها).
import { STOP_WORD_GROUPS, ATTACHED_PROCLITICS, ATTACHED_PRONOUNS, CONTENT_LOOKALIKES } from './stopword-data.ts';
import { foldForSearch } from './profiles.ts';

const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_GROUPS.flat().map(foldForSearch));
const NOT_STOP_WORDS: ReadonlySet<string> = new Set(CONTENT_LOOKALIKES.map(foldForSearch));
const PROCLITIC_CODES: ReadonlySet<number> = new Set(ATTACHED_PROCLITICS.map((letter) => letter.charCodeAt(0)));
const PRONOUNS: readonly string[] = ATTACHED_PRONOUNS.map(foldForSearch);
/** What must remain of a word once letters come off, so و + ل is not read as a stop word. */
const MIN_CORE = 2;
const MAX_PROCLITICS = 2;

function isCoreStopWord(word: string, from: number): boolean {
  const core = from === 0 ? word : word.slice(from);
  if (STOP_WORDS.has(core)) return true;
  for (const pronoun of PRONOUNS) {
    if (core.length - pronoun.length >= MIN_CORE && core.endsWith(pronoun) && STOP_WORDS.has(core.slice(0, -pronoun.length))) return true;
  }
  return false;
}

/** Expects a word in the search profile (foldForSearch). Single letters (م for the year, abbreviations) count as stop words. */
export function isStopWord(foldedWord: string): boolean {
  if (foldedWord.length === 1) return true;
  if (NOT_STOP_WORDS.has(foldedWord)) return false;
  for (let from = 0; from <= MAX_PROCLITICS && foldedWord.length - from >= MIN_CORE; from++) {
    if (from > 0 && !PROCLITIC_CODES.has(foldedWord.charCodeAt(from - 1))) break;
    if (isCoreStopWord(foldedWord, from)) return true;
  }
  return false;
}
