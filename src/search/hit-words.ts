// The words of a display text, each marked with the query key it is, if any: what a snippet
// needs, and the same words and keys as searchTerms gives, without stemming every word.
//
// Stemming is most of the cost of analysing a text, and a snippet only asks of each word "is it one
// of these few keys?". The light stemmer only cuts letters off the ends of a folded word, so its
// stem is a substring of the word (save the few whole-word exceptions it lists): a word that holds
// none of the keys cannot stem to one, and is not stemmed at all. hit-words.test.ts checks both facts
// that this rests on, against searchTerms itself.
import { WORD_EXCEPTIONS } from '../text/clitic-data.ts';
import { foldRangeForSearch, lightStem, searchKey, SegmentScanner } from '../text/index.ts';

export interface HitWord {
  /** The query key this word is, or undefined when it is none of them. */
  key: string | undefined;
  start: number;
  end: number;
}

/** Lengths and first letters of the stemmer's whole-word exceptions: most words are turned away without hashing them. */
const EXCEPTION_LENGTHS: ReadonlySet<number> = new Set([...WORD_EXCEPTIONS.keys()].map((word) => word.length));
const EXCEPTION_FIRST_CODES: ReadonlySet<number> = new Set([...WORD_EXCEPTIONS.keys()].map((word) => word.charCodeAt(0)));

function isStemException(folded: string): boolean {
  return EXCEPTION_LENGTHS.has(folded.length) && EXCEPTION_FIRST_CODES.has(folded.charCodeAt(0)) && WORD_EXCEPTIONS.has(folded);
}

/** Could some key be this folded word's stem? False only when it certainly cannot. */
function mayStemToKey(folded: string, keys: readonly string[]): boolean {
  for (const key of keys) if (folded.includes(key)) return true;
  return isStemException(folded);
}

/** One entry per term searchTerms(text) would give, in order, with the same offsets. */
export function hitWords(text: string, keys: ReadonlySet<string>): HitWord[] {
  const keyList = [...keys];
  const words: HitWord[] = [];
  const scanner = new SegmentScanner(text);
  while (scanner.next()) {
    const kind = scanner.kind;
    if (kind !== 'word' && kind !== 'number') continue;
    const { start, end } = scanner;
    const folded = foldRangeForSearch(text, start, end);
    // A word that folds to nothing (only harakat or tatweel) is no term; any other word or number is one.
    if (folded === '') continue;
    let term: string | undefined;
    // Numbers are rare and have their own key rules (thousands separators): the term analyser decides.
    if (kind === 'number') term = searchKey(text.slice(start, end));
    else if (mayStemToKey(folded, keyList)) term = lightStem(folded);
    words.push({ key: term !== undefined && keys.has(term) ? term : undefined, start, end });
  }
  return words;
}
