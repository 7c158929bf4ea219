// Name lists mined from unlabelled text by our own first-pass tagger: how often each word was
// tagged as part of each kind of name over the corpus. A word the labelled data never showed but
// that the corpus calls a person a hundred times ("هيلاري كلينتون") is then a person here too.
import { listKeyOf, type WordLexicon } from './features.ts';
import { LABEL_COUNT, LABELS, OUTSIDE } from './labels.ts';
import type { TwoPassTagger } from './tagger.ts';
import { sentenceRanges, tokenize } from './tokenize.ts';

export type LabelTallies = Map<string, Int32Array>;

/**
 * How often the tagger labelled each list key over the texts: with its first pass only (`passes: 1`,
 * the lists the second pass is trained on), or with both once the second pass exists (the lists
 * that ship: measured on dev, the second pass does better with them than with the lists it was
 * trained on).
 */
export function tallyCorpusLabels(tagger: TwoPassTagger, texts: Iterable<string>, passes: 1 | 2 = 1): LabelTallies {
  const tallies: LabelTallies = new Map();
  for (const text of texts) {
    const tokens = tokenize(text);
    const sentences = sentenceRanges(text, tokens).map(([from, to]) => tokens.slice(from, to).map((token) => token.text));
    const labels = tagger.tagDocument(sentences, { firstPassOnly: passes === 1 });
    sentences.forEach((words, s) => words.forEach((word, i) => {
      const key = listKeyOf(word, tagger.lexicon);
      let counts = tallies.get(key);
      if (!counts) { counts = new Int32Array(LABEL_COUNT); tallies.set(key, counts); }
      counts[labels[s][i]]++;
    }));
  }
  return tallies;
}

/** `B-PER:most`-style list entries for words seen at least `minCount` times; 'O' for never tagged. */
export function listsFromTallies(tallies: LabelTallies, minCount = 3): Map<string, string> {
  const lists = new Map<string, string>();
  for (const [word, counts] of tallies) {
    let total = 0;
    let entity = 0;
    let best = OUTSIDE;
    for (let label = 0; label < LABEL_COUNT; label++) {
      total += counts[label];
      if (label === OUTSIDE) continue;
      entity += counts[label];
      if (counts[label] > counts[best] || best === OUTSIDE) best = counts[label] > 0 ? label : best;
    }
    if (total < minCount) continue;
    const share = entity / total;
    lists.set(word, entity === 0 ? 'O' : `${LABELS[best]}:${share >= 0.8 ? 'all' : share >= 0.4 ? 'most' : share >= 0.1 ? 'some' : 'rare'}`);
  }
  return lists;
}

/** A lexicon whose lists come from elsewhere (one per training fold when jackknifing). */
export class ListOverlay implements WordLexicon {
  constructor(private readonly base: WordLexicon, private readonly lists: ReadonlyMap<string, string>) {}
  clustersOf(word: string) { return this.base.clustersOf(word); }
  frequencyBucketOf(word: string) { return this.base.frequencyBucketOf(word); }
  listsOf(word: string) { return this.lists.get(word) ?? ''; }
}
