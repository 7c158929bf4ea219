// Facts about a surface word that the steps after tagging ask for at every token (its leading
// conjunction or preposition, its name skeletons, its corpus frequency): computed once per word
// type and kept beside its tagging row (word-types.ts).
import { listKeyOf, type WordLexicon } from './features.ts';
import { wordSkeleton } from './names.ts';
import { foldWord } from './normalize.ts';

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ARTICLE = 'ال';

export interface WordFacts {
  /** How many leading letters are a conjunction or preposition (والسراج → 1; وليامز → 0). */
  readonly clitic: number;
  /** wordSkeleton of the word without those letters. */
  readonly skeleton: string;
  /** wordSkeleton of the whole word (a name may start with و: والدهاوسير). */
  readonly wholeSkeleton: string;
  /** Corpus frequency bucket of the folded word (0 = unseen). */
  readonly frequency: number;
  /** The folded word without those leading letters: what phrase and vocabulary lookups compare. */
  readonly key: string;
  /** The word's mined list entry (mine.ts), e.g. 'B-PER:all'; 'O' if never tagged; '' if too rare. */
  readonly list: string;
}

/** The facts of one surface word, from the corpus lexicon. */
export function wordFacts(word: string, lexicon: WordLexicon): WordFacts {
  const clitic = leadingClitic(word, lexicon);
  const wholeSkeleton = wordSkeleton(word);
  return {
    clitic,
    skeleton: clitic === 0 ? wholeSkeleton : wordSkeleton(word.slice(clitic)),
    wholeSkeleton,
    frequency: lexicon.frequencyBucketOf(foldWord(word)),
    key: foldWord(word.slice(clitic)),
    list: lexicon.listsOf(listKeyOf(word, lexicon)),
  };
}

/**
 * How many leading letters are a conjunction or preposition (والسراج, لليبيا, بباريس): those whose
 * removal leaves a word the corpus knows better than the whole token. A name that starts with
 * one of those letters (وليامز) is more common whole, and stays whole.
 */
export function leadingClitic(word: string, lexicon: WordLexicon): number {
  const folded = foldWord(word);
  if (folded.length !== word.length) return 0;
  let best = 0;
  let bestBucket = lexicon.frequencyBucketOf(folded);
  for (let skip = 1; skip <= 2 && skip < folded.length - 2 && PROCLITICS.has(folded[skip - 1]); skip++) {
    const rest = folded.slice(skip);
    const known = lexicon.frequencyBucketOf(rest);
    if (known === 0) continue;
    const bucket = known + (rest.startsWith(ARTICLE) ? 2 : 0);
    if (bucket > bestBucket + 1) { best = skip; bestBucket = bucket; }
  }
  return best;
}
