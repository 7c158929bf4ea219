// Words the corpus uses often, as names in their own right. The name-variant scorer learned from
// transliterated foreign names, where long vowels come and go (وليامز / ويليامز); Arabic names
// and places that differ by a long vowel are different names (محمد / محمود, سلمان / سليمان,
// سعيد / سعد). A spelling that SaudiNewsNet uses hundreds of times is an established word, so two
// different common spellings are two names, and a common name keeps its vowels in its entity key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from './lexicon.ts';
import { MODEL_FILES, modelDirectory } from './model-files.ts';

/** Frequency bucket (lexicon.ts: 1 + log2 of the count) from which a word is common: ≥ 256 uses in 10.2M tokens. */
export const COMMON_WORD_BUCKET = 9;

const ARTICLE = 'ال';

export class CommonWords {
  constructor(private readonly words: ReadonlySet<string>) {}

  /** The common words of the lexicon file in a model directory. */
  static load(directory: string = modelDirectory()): CommonWords {
    return CommonWords.fromLexicon(Lexicon.deserialize(readFileSync(join(directory, MODEL_FILES.lexicon))));
  }

  /** The common words of a lexicon already read (the recogniser's). */
  static fromLexicon(lexicon: Lexicon): CommonWords {
    return new CommonWords(lexicon.wordsFromBucket(COMMON_WORD_BUCKET));
  }

  /** Whether a folded word (normalize.ts foldWord), with or without ال, is common. */
  has(folded: string): boolean {
    return this.words.has(folded) || (!folded.startsWith(ARTICLE) && this.words.has(ARTICLE + folded));
  }

  get size(): number {
    return this.words.size;
  }
}

/** No word is common: every name word is compared and keyed as a transliteration. */
export const NO_COMMON_WORDS = new CommonWords(new Set());
