// Whether two one-word spellings are one name, learned from pairs (train-names.ts): boosted trees
// (boosted-trees.ts) over how far apart the words are (name-variant-features.ts) — letter by letter,
// as skeletons, and by an edit distance whose costs were learned from which letters transliteration
// swaps, adds or drops (ت/ط, ج/غ/ق, a written or missing long vowel) and which it does not. Two rules
// sit on top: different final vowels, and a whole added syllable, are different names. The parameters
// are a model file (models/ner/name-variants.json), read once into a NameVariantScorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompiledTrees, type BoostedTrees } from './boosted-trees.ts';
import { modelDirectory } from './model-files.ts';
import {
  addsASyllable, endInDifferentVowels, MAX_WORD, pairFeatures, tailShape,
  type ComparedWord, type LearnedDistances, type TailShape,
} from './name-variant-features.ts';

export { editDistance, endInDifferentVowels, skeletonRuleSimilarity, type ComparedWord } from './name-variant-features.ts';

export const NAME_VARIANTS_FILE = 'name-variants.json';

/** Learned edit cost per letter (of the longer word) past which the scorer does not ask the trees. */
const FAR_APART_PER_LETTER = 1;

/** What train-names.ts writes. Edit operations are `x|y` keys (letters sorted; '' is a gap). */
export interface NameVariantParameters {
  /** Learned costs of edit operations; an operation not listed costs `unseenCost`. */
  costs: Record<string, number>;
  unseenCost: number;
  /** Boosted trees over the features of `pairFeatures` (feature = index in that list). */
  trees: BoostedTrees;
  /** Probability at or above which two words are one name. */
  threshold: number;
}

/** Cost key of replacing x by y, or of adding/dropping x (y = ''): the order of the two does not matter. */
export function operationKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

export class NameVariantScorer {
  /** Cost of each (letter, letter) pair, by letter index; index 0 is the gap, 1 any letter the costs never name. */
  private readonly table: Float32Array;
  private readonly letterIndex = new Map<string, number>();
  private readonly width: number;
  private readonly trees: CompiledTrees;

  constructor(readonly parameters: NameVariantParameters) {
    this.trees = new CompiledTrees(parameters.trees);
    const letters = new Set<string>();
    for (const key of Object.keys(parameters.costs)) for (const letter of key.split('|')) if (letter) letters.add(letter);
    [...letters].sort().forEach((letter, i) => this.letterIndex.set(letter, i + 2));
    this.width = letters.size + 2;
    this.table = new Float32Array(this.width * this.width).fill(parameters.unseenCost);
    for (const [key, cost] of Object.entries(parameters.costs)) {
      const [x, y] = key.split('|');
      const i = x ? this.letterIndex.get(x)! : 0;
      const j = y ? this.letterIndex.get(y)! : 0;
      this.table[i * this.width + j] = cost;
      this.table[j * this.width + i] = cost;
    }
  }

  static load(directory: string = modelDirectory()): NameVariantScorer {
    return new NameVariantScorer(JSON.parse(readFileSync(join(directory, NAME_VARIANTS_FILE), 'utf8')) as NameVariantParameters);
  }

  /** How likely two words are one name (0..1). */
  probability(a: ComparedWord, b: ComparedWord): number {
    if (a.folded === b.folded) return 1;
    if (endInDifferentVowels(a, b)) return 0;
    const words = this.learnedDistance(a.folded, b.folded);
    // A shortcut, not a rule: the trees cost most of the time, and most pairs an article compares are
    // unrelated names; none of the dev pairs this far apart is one name by the trees (0 of 2,430).
    if (words > FAR_APART_PER_LETTER * Math.max(a.folded.length, b.folded.length)) return 0;
    const learned = this.learnedDistances(a, b, words);
    if (addsASyllable(learned.tail)) return 0;
    return this.trees.probability(pairFeatures(a, b, learned));
  }

  /** Whether a rule, not the trees, decides the pair (training leaves such pairs out). */
  decidedByRule(a: ComparedWord, b: ComparedWord): boolean {
    return endInDifferentVowels(a, b) || addsASyllable(this.tail(a.folded, b.folded));
  }

  /** pairFeatures of two words under this scorer's learned costs. */
  features(a: ComparedWord, b: ComparedWord): number[] {
    return pairFeatures(a, b, this.learnedDistances(a, b));
  }

  learnedDistances(a: ComparedWord, b: ComparedWord, words = this.learnedDistance(a.folded, b.folded)): LearnedDistances {
    return {
      words,
      skeletons: this.learnedDistance(a.skeleton, b.skeleton),
      tail: this.tail(a.folded, b.folded),
    };
  }

  /** The longer word as the shorter one plus a tail (name-variant-features.ts tailShape). */
  tail(a: string, b: string): TailShape {
    const [shorter, longer] = a.length > b.length ? [b, a] : [a, b];
    return tailShape(longer, shorter, this.prefixDistances(shorter, longer));
  }

  /** Edit distance with the learned costs (a substitution of a letter by itself is free). */
  learnedDistance(a: string, b: string): number {
    return this.prefixDistances(a, b)[b.length];
  }

  /**
   * The learned distance of `a` to each beginning of `b`: element j is the distance to its first j
   * letters (the last row of the edit table, so one table gives them all).
   */
  prefixDistances(a: string, b: string): Float64Array {
    if (a.length > MAX_WORD || b.length > MAX_WORD) {
      return Float64Array.from({ length: b.length + 1 }, (_, j) => Math.max(a.length, j) * this.parameters.unseenCost);
    }
    const width = this.width;
    const table = this.table;
    const indexA = Array.from(a, (letter) => this.letterIndex.get(letter) ?? 1);
    const indexB = Array.from(b, (letter) => this.letterIndex.get(letter) ?? 1);
    let previous = new Float64Array(b.length + 1);
    let current = new Float64Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + table[indexB[j - 1]];
    for (let i = 1; i <= a.length; i++) {
      const x = indexA[i - 1];
      current[0] = previous[0] + table[x * width];
      for (let j = 1; j <= b.length; j++) {
        const y = indexB[j - 1];
        const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : table[x * width + y]);
        const drop = previous[j] + table[x * width];
        const add = current[j - 1] + table[y];
        current[j] = Math.min(substitute, drop, add);
      }
      [previous, current] = [current, previous];
    }
    return previous;
  }
}
