// Self-training data: sentences of unlabelled news tagged by our own two-pass tagger, kept only
// where the tagger is sure of itself (both passes give the same labels) and names something.
// Trained on with a lower weight than the hand-labelled sentences.
import type { TaggedSentence } from './conll.ts';
import { OUTSIDE } from './labels.ts';
import type { TwoPassTagger } from './tagger.ts';
import { sentenceRanges, tokenize } from './tokenize.ts';

export interface SilverOptions {
  /** Stop after this many sentences. */
  limit: number;
  /** Shorter sentences are often headlines or captions; longer ones run-ons the tokenizer did not split. */
  minTokens: number;
  maxTokens: number;
}

export const DEFAULT_SILVER_OPTIONS: SilverOptions = { limit: 3000, minTokens: 6, maxTokens: 60 };

export function silverSentences(tagger: Pick<TwoPassTagger, 'tagDocument'>, texts: Iterable<string>, options: SilverOptions = DEFAULT_SILVER_OPTIONS): TaggedSentence[] {
  const kept: TaggedSentence[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    const sentences = sentenceRanges(text, tokens).map(([from, to]) => tokens.slice(from, to).map((token) => token.text));
    const first = tagger.tagDocument(sentences, { firstPassOnly: true });
    const second = tagger.tagDocument(sentences);
    sentences.forEach((words, s) => {
      if (kept.length >= options.limit || words.length < options.minTokens || words.length > options.maxTokens) return;
      const a = first[s];
      const b = second[s];
      let agree = true;
      let entity = false;
      for (let i = 0; i < words.length; i++) {
        if (a[i] !== b[i]) { agree = false; break; }
        if (b[i] !== OUTSIDE) entity = true;
      }
      if (agree && entity) kept.push({ tokens: words, labels: Array.from(b) });
    });
    if (kept.length >= options.limit) break;
  }
  return kept;
}
