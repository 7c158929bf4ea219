// EntityRecognizer: text → entity mentions with offsets into that text. The model files are read
// once, at first use, into the instance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../../core/types.ts';
import { spansOf } from './conll.ts';
import { Lexicon } from './lexicon.ts';
import { TaggerModel } from './model.ts';
import { MODEL_FILES, modelDirectory } from './model-files.ts';
import { foldWord } from './normalize.ts';
import { roleBefore } from './roles.ts';
import { TwoPassTagger } from './tagger.ts';
import { sentenceRanges, tokenize, type Token } from './tokenize.ts';
import type { EntityType } from '../../core/types.ts';
import { completeNames, propagateNames, tokenContaining } from './propagate.ts';

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

export class EntityRecognizer {
  private tagger: TwoPassTagger | undefined;

  constructor(private readonly directory: string = modelDirectory()) {}

  /** A recogniser with its model already read (fails here, not later, when files are missing). */
  static load(directory?: string): EntityRecognizer {
    const recognizer = new EntityRecognizer(directory);
    recognizer.model();
    return recognizer;
  }

  /** Labels (labels.ts) for pre-tokenised sentences taken as one document. */
  tagSentences(sentences: readonly (readonly string[])[]): Uint8Array[] {
    return this.model().tagDocument(sentences);
  }

  recognize(text: string): EntityMention[] {
    const tagger = this.model();
    const tokens = tokenize(text);
    const ranges = sentenceRanges(text, tokens);
    const labels = tagger.tagDocument(ranges.map(([from, to]) => tokens.slice(from, to).map((token) => token.text)));
    const mentions: EntityMention[] = [];
    ranges.forEach(([from], s) => {
      for (const span of spansOf(labels[s])) {
        const mention = this.mentionOf(text, tokens, from + span.from, from + span.to, span.type as EntityType);
        if (mention) mentions.push(mention);
      }
    });
    const lexicon = tagger.lexicon;
    const evidence = {
      minedList: (word: string) => lexicon.listsOf(word),
      frequencyBucket: (word: string) => lexicon.frequencyBucketOf(foldWord(word)),
    };
    // Completing before and after propagation: a surname found again may have a first name beside it.
    const propagated = propagateNames(text, tokens, completeNames(text, tokens, mentions, evidence),
      (word) => this.trim(word), (word) => lexicon.listsOf(word));
    return completeNames(text, tokens, propagated, evidence).map((mention) => this.withRole(text, tokens, mention));
  }

  private mentionOf(text: string, tokens: readonly Token[], first: number, end: number, type: EntityType): EntityMention | undefined {
    const skip = this.trim(tokens[first].text);
    const start = tokens[first].start + skip;
    const stop = tokens[end - 1].end;
    if (stop <= start) return undefined;
    return { text: text.slice(start, stop), type, start, end: stop };
  }

  private withRole(text: string, tokens: readonly Token[], mention: EntityMention): EntityMention {
    if (mention.type !== 'PER') return mention;
    const first = tokenContaining(tokens, mention.start);
    const role = first > 0 ? roleBefore(text, tokens, first) : undefined;
    return role ? { ...mention, role } : mention;
  }

  /**
   * How many leading letters are a conjunction or preposition (والسراج, لليبيا, بباريس): those whose
   * removal leaves a word the corpus knows better than the whole token. A name that starts with
   * one of those letters (وليامز) is more common whole, and stays whole.
   */
  trim(word: string): number {
    const lexicon = this.model().lexicon;
    const folded = foldWord(word);
    if (folded.length !== word.length) return 0;
    let best = 0;
    let bestBucket = lexicon.frequencyBucketOf(folded);
    for (let skip = 1; skip <= 2 && skip < folded.length - 2 && PROCLITICS.has(folded[skip - 1]); skip++) {
      const rest = folded.slice(skip);
      const known = lexicon.frequencyBucketOf(rest);
      if (known === 0) continue;
      const bucket = known + (rest.startsWith('ال') ? 2 : 0);
      if (bucket > bestBucket + 1) { best = skip; bestBucket = bucket; }
    }
    return best;
  }

  private model(): TwoPassTagger {
    if (!this.tagger) {
      const read = (name: string) => readFileSync(join(this.directory, name));
      const lexicon = Lexicon.deserialize(read(MODEL_FILES.lexicon));
      const first = TaggerModel.deserialize(read(MODEL_FILES.firstPass)).model;
      const second = TaggerModel.deserialize(read(MODEL_FILES.secondPass)).model;
      this.tagger = new TwoPassTagger(first, second, lexicon);
    }
    return this.tagger;
  }
}
