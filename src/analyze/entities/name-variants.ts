// Whether two one-word spellings are one name, learned from pairs (train-names.ts): a logistic
// model over how far apart the words are — letter by letter, as skeletons, and by an edit distance
// whose costs were learned from which letters transliteration swaps, adds or drops (ت/ط, ج/غ/ق, a
// written or missing long vowel) and which it does not. The parameters are a model file
// (models/ner/name-variants.json), read once into a NameVariantScorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDirectory } from './model-files.ts';

export const NAME_VARIANTS_FILE = 'name-variants.json';

/** One word of a name as the scorer compares it: folded (article off) and its skeleton (names.ts). */
export interface ComparedWord {
  readonly folded: string;
  readonly skeleton: string;
}

/** What train-names.ts writes. Edit operations are `x|y` keys (letters sorted; '' is a gap). */
export interface NameVariantParameters {
  /** Learned costs of edit operations; an operation not listed costs `unseenCost`. */
  costs: Record<string, number>;
  unseenCost: number;
  /** Logistic weights over the features of `pairFeatures`, in order. */
  weights: number[];
  /** Probability at or above which two words are one name. */
  threshold: number;
}

/** Cost key of replacing x by y, or of adding/dropping x (y = ''): the order of the two does not matter. */
export function operationKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** The final-vowel marks wordSkeleton writes (names.ts). */
const FINAL_MARKS = 'aiu';

/**
 * Two words that end in different vowels are different names (فلورنتينو / فلورنتينا, زينا / زيني),
 * whatever else they share: 88% of such dev pairs are, and for people it is often his name and hers.
 */
export function endInDifferentVowels(a: ComparedWord, b: ComparedWord): boolean {
  const lastA = a.skeleton[a.skeleton.length - 1] ?? '';
  const lastB = b.skeleton[b.skeleton.length - 1] ?? '';
  return lastA !== lastB && FINAL_MARKS.includes(lastA) && FINAL_MARKS.includes(lastB);
}
/** Longer words are not names: the edit tables stay small. */
const MAX_WORD = 40;

/**
 * The hand-made similarity the learned scorer replaced, 0..1 (one of its features): the same
 * skeleton is 0.95, different final vowels 0.5, else less the more skeleton and letters differ.
 */
export function skeletonRuleSimilarity(a: ComparedWord, b: ComparedWord, skeletonEdits: number, letterEdits: number): number {
  if (a.folded === b.folded) return 1;
  if (a.skeleton === b.skeleton) return a.skeleton.length >= 2 ? 0.95 : 0.6;
  if (endInDifferentVowels(a, b)) return 0.5;
  const skeletonDistance = skeletonEdits / Math.max(a.skeleton.length, b.skeleton.length, 1);
  const letterDistance = letterEdits / Math.max(a.folded.length, b.folded.length, 1);
  return Math.max(0, 1 - (0.6 * skeletonDistance + 0.4 * letterDistance) * 1.5);
}

/**
 * The features of two words, given the learned edit distance between them (`learned`). Training
 * and scoring both read this list.
 */
export function pairFeatures(a: ComparedWord, b: ComparedWord, learned: number): number[] {
  const { folded: fa, skeleton: sa } = a;
  const { folded: fb, skeleton: sb } = b;
  const skeletonEdits = editDistance(sa, sb);
  const letterEdits = editDistance(fa, fb);
  const rule = skeletonRuleSimilarity(a, b, skeletonEdits, letterEdits);
  const skeletonLength = Math.max(sa.length, sb.length, 1);
  const foldedLength = Math.max(fa.length, fb.length, 1);
  const shortest = Math.min(sa.length, sb.length);
  return [
    1,
    fa === fb ? 1 : 0,
    sa === sb ? 1 : 0,
    skeletonEdits / skeletonLength,
    letterEdits / foldedLength,
    Math.min(skeletonEdits, 4) / 4,
    Math.min(letterEdits, 6) / 6,
    endInDifferentVowels(a, b) ? 1 : 0,
    Math.abs(sa.length - sb.length) / skeletonLength,
    sa[0] === sb[0] ? 1 : 0,
    bigramDice(fa, fb),
    bigramDice(sa, sb),
    shortest <= 2 ? 1 : 0,
    shortest <= 3 ? 1 : 0,
    rule,
    shortest <= 3 ? skeletonEdits / skeletonLength : 0,
    fa[0] === fb[0] ? 1 : 0,
    fa[fa.length - 1] === fb[fb.length - 1] ? 1 : 0,
    learned / foldedLength,
    Math.min(learned, 6) / 6,
  ];
}

export class NameVariantScorer {
  /** Cost of each (letter, letter) pair, by letter index; index 0 is the gap, 1 any letter the costs never name. */
  private readonly table: Float32Array;
  private readonly letterIndex = new Map<string, number>();
  private readonly width: number;

  constructor(readonly parameters: NameVariantParameters) {
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
    const features = pairFeatures(a, b, this.learnedDistance(a.folded, b.folded));
    const weights = this.parameters.weights;
    let z = 0;
    for (let k = 0; k < weights.length; k++) z += weights[k] * features[k];
    return 1 / (1 + Math.exp(-z));
  }

  /** Edit distance with the learned costs (a substitution of a letter by itself is free). */
  learnedDistance(a: string, b: string): number {
    if (a.length > MAX_WORD || b.length > MAX_WORD) return Math.max(a.length, b.length) * this.parameters.unseenCost;
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
    return previous[b.length];
  }
}

/** Dice overlap of the letter pairs of two words, word edges included (^a … z$). */
function bigramDice(a: string, b: string): number {
  const x = `^${a}$`;
  const y = `^${b}$`;
  const used = new Uint8Array(y.length);
  let shared = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    for (let j = 0; j + 1 < y.length; j++) {
      if (!used[j] && x[i] === y[j] && x[i + 1] === y[j + 1]) { used[j] = 1; shared++; break; }
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/** Levenshtein distance; words past MAX_WORD letters count as wholly different. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length > MAX_WORD || b.length > MAX_WORD) return Math.max(a.length, b.length);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const x = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
