// EntityRecognizer: text → entity mentions with offsets into that text. The model files are read
// once, at first use, into the instance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../../core/types.ts';
import { spansOf } from './conll.ts';
import { CommonWords } from './common-words.ts';
import { Lexicon } from './lexicon.ts';
import { BASE_FEATURES, DOCUMENT_FEATURES, type FeatureSet } from './features.ts';
import { TaggerModel } from './model.ts';
import { MODEL_FILES, modelDirectory } from './model-files.ts';
import { roleBefore, withoutTrailingTitle } from './roles.ts';
import { TwoPassTagger } from './tagger.ts';
import { sentenceRanges, tokenize, type Token } from './tokenize.ts';
import type { EntityType } from '../../core/types.ts';
import { completeOrganisations } from './organisations.ts';
import { completeNames, propagateNames, tokenContaining } from './propagate.ts';

/** The model files, read, with the per-instance tables built on them. */
interface LoadedModel {
  tagger: TwoPassTagger;
  lexicon: Lexicon;
  commonWords: CommonWords;
}

export class EntityRecognizer {
  private loaded: LoadedModel | undefined;

  constructor(private readonly directory: string = modelDirectory()) {}

  /** A recogniser with its model already read (fails here, not later, when files are missing). */
  static load(directory?: string): EntityRecognizer {
    const recognizer = new EntityRecognizer(directory);
    recognizer.model();
    return recognizer;
  }

  /** Labels (labels.ts) for pre-tokenised sentences taken as one document. */
  tagSentences(sentences: readonly (readonly string[])[]): Uint8Array[] {
    return this.model().tagger.tagDocument(sentences);
  }

  recognize(text: string): EntityMention[] {
    const { tagger } = this.model();
    const tokens = tokenize(text);
    const ranges = sentenceRanges(text, tokens);
    const rows = tagger.rowsOf(tokens.map((token) => token.text));
    const labels = tagger.tagRows(rows, ranges.map(([, to]) => to));
    const factsAt = (i: number) => tagger.factsOf(rows[i]);
    const mentions: EntityMention[] = [];
    for (const [from, to] of ranges) {
      for (const span of spansOf(labels.subarray(from, to))) {
        const mention = mentionOf(text, tokens, from + span.from, from + span.to, span.type as EntityType, factsAt(from + span.from).clitic);
        if (mention) mentions.push(mention);
      }
    }
    const evidence = { factsAt };
    // Completing before and after propagation: a surname found again may have a first name beside it.
    const propagated = propagateNames(text, tokens, completeNames(text, tokens, mentions, evidence), evidence);
    const named = completeNames(text, tokens, propagated, evidence);
    return completeOrganisations(text, tokens, named, evidence).map((mention) => withoutTrailingTitle(this.withRole(text, tokens, mention)));
  }

  /** The words the model's corpus uses often (common-words.ts), for resolving the mentions. */
  commonWords(): CommonWords {
    return this.model().commonWords;
  }

  private withRole(text: string, tokens: readonly Token[], mention: EntityMention): EntityMention {
    if (mention.type !== 'PER') return mention;
    const first = tokenContaining(tokens, mention.start);
    const role = first > 0 ? roleBefore(text, tokens, first) : undefined;
    return role ? { ...mention, role } : mention;
  }

  private model(): LoadedModel {
    if (!this.loaded) {
      const read = (name: string) => readFileSync(join(this.directory, name));
      const lexicon = Lexicon.deserialize(read(MODEL_FILES.lexicon));
      const first = modelFor(read(MODEL_FILES.firstPass), BASE_FEATURES, MODEL_FILES.firstPass);
      const second = modelFor(read(MODEL_FILES.secondPass), DOCUMENT_FEATURES, MODEL_FILES.secondPass);
      this.loaded = { tagger: new TwoPassTagger(first, second, lexicon), lexicon, commonWords: CommonWords.fromLexicon(lexicon) };
    }
    return this.loaded;
  }
}

/** The mention of tokens [first, end), without the `clitic` leading letters of its first token. */
function mentionOf(text: string, tokens: readonly Token[], first: number, end: number, type: EntityType, clitic: number): EntityMention | undefined {
  const start = tokens[first].start + clitic;
  const stop = tokens[end - 1].end;
  if (stop <= start) return undefined;
  return { text: text.slice(start, stop), type, start, end: stop };
}

/** A model file trained on `features` (their signature is in its header), or an error saying what to do. */
function modelFor(file: Uint8Array, features: FeatureSet, name: string): TaggerModel {
  const { model, metadata } = TaggerModel.deserialize(file);
  if (metadata.features !== features.signature) {
    throw new Error(`${name} was trained on other features (${String(metadata.features)}, code has ${features.signature}): run npm run train:ner`);
  }
  return model;
}
