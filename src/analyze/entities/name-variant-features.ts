// What the name-variant scorer (name-variants.ts) knows about two one-word spellings: how far apart
// they are letter by letter, as skeletons (names.ts), and by the learned edit distance; how their
// beginnings and endings agree; and whether the longer one is the shorter one plus a tail. Pure
// functions of the two words and the learned distances the scorer measured.

/** One word of a name as the scorer compares it: folded (article off) and its skeleton (names.ts). */
export interface ComparedWord {
  readonly folded: string;
  readonly skeleton: string;
}

/**
 * The longer word read as the shorter one followed by a tail: `cost` is the learned edit distance
 * of the shorter word to the cheapest beginning of the longer one, the tail the rest.
 */
export interface TailShape {
  readonly cost: number;
  readonly letters: number;
  readonly consonants: number;
  readonly vowels: number;
}

/** The learned distances the scorer measures for a pair (its costs live in the scorer). */
export interface LearnedDistances {
  readonly words: number;
  readonly skeletons: number;
  readonly tail: TailShape;
}

/** The final-vowel marks wordSkeleton writes (names.ts). */
const FINAL_MARKS = 'aiu';

/** Letters that write a vowel in a tail (ة and a final ه write -a). */
export const TAIL_VOWEL_LETTERS: ReadonlySet<string> = new Set(['ا', 'و', 'ي', 'ى', 'ه', 'ة']);

/** Longer words are not names: the edit tables stay small. */
export const MAX_WORD = 40;

/**
 * Two words that end in different vowels are different names (فلورنتينو / فلورنتينا, زينا / زيني),
 * whatever else they share: 88% of such dev pairs are, and for people it is often his name and hers.
 */
export function endInDifferentVowels(a: ComparedWord, b: ComparedWord): boolean {
  const lastA = a.skeleton[a.skeleton.length - 1] ?? '';
  const lastB = b.skeleton[b.skeleton.length - 1] ?? '';
  return lastA !== lastB && FINAL_MARKS.includes(lastA) && FINAL_MARKS.includes(lastB);
}

/** Learned cost at or under which the shorter word counts as the longer one's beginning. */
const SYLLABLE_BEGINNING_COST = 0.3;

/**
 * The longer word is the shorter one (up to a cheap letter swap such as ز/س) plus a whole syllable,
 * a consonant and a vowel letter or more: another name, as Stevenson is not Stevens (ستيفنز /
 * ستيفنسون, اكرم / اكرمان). 85% of such dev pairs are different names, and the boosted trees alone
 * cannot learn it: a shared beginning with a cheap ending is otherwise the very shape of a variant.
 */
export function addsASyllable(tail: TailShape): boolean {
  return tail.letters >= 2 && tail.consonants >= 1 && tail.vowels >= 1 && tail.cost <= SYLLABLE_BEGINNING_COST;
}

/**
 * The tail of `longer` after its cheapest beginning, given the learned distances of `shorter` to each
 * beginning of `longer` (`prefixCosts[j]` for the first j letters). Beginnings shorter than the
 * shorter word by more than two letters are not considered; among equal costs the shortest wins.
 */
export function tailShape(longer: string, shorter: string, prefixCosts: ArrayLike<number>): TailShape {
  let best = { cost: Infinity, end: longer.length };
  for (let j = Math.max(1, shorter.length - 2); j <= longer.length; j++) {
    if (prefixCosts[j] < best.cost - 1e-9) best = { cost: prefixCosts[j], end: j };
  }
  let consonants = 0;
  for (let j = best.end; j < longer.length; j++) if (!TAIL_VOWEL_LETTERS.has(longer[j])) consonants++;
  const letters = longer.length - best.end;
  return { cost: best.cost, letters, consonants, vowels: letters - consonants };
}

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

/** The features of two words, in the order the trees of the model file read them. */
export function pairFeatures(a: ComparedWord, b: ComparedWord, learned: LearnedDistances): number[] {
  const { folded: fa, skeleton: sa } = a;
  const { folded: fb, skeleton: sb } = b;
  const skeletonEdits = editDistance(sa, sb);
  const letterEdits = editDistance(fa, fb);
  const rule = skeletonRuleSimilarity(a, b, skeletonEdits, letterEdits);
  const skeletonLength = Math.max(sa.length, sb.length, 1);
  const foldedLength = Math.max(fa.length, fb.length, 1);
  const shortest = Math.min(sa.length, sb.length);
  const { tail } = learned;
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
    learned.words / foldedLength,
    Math.min(learned.words, 6) / 6,
    // Sizes and shared ends: one changed letter weighs more in a short name, and a shared
    // beginning and ending (the usual shape of a variant) weighs in its favour.
    Math.min(fa.length, fb.length),
    foldedLength,
    shortest,
    skeletonLength,
    sharedPrefix(fa, fb) / foldedLength,
    sharedSuffix(fa, fb) / foldedLength,
    sharedPrefix(sa, sb),
    sharedSuffix(sa, sb),
    learned.words / Math.max(1, Math.min(fa.length, fb.length)),
    learned.skeletons,
    // What one word adds at its end: a variant changes letters, another name adds them.
    ...skeletonTails(a, b),
    tail.cost,
    tail.letters,
    tail.consonants,
    tail.vowels,
    tail.letters >= 2 && tail.consonants >= 1 ? tail.cost : 9,
  ];
}

/**
 * The skeletons without their final vowel mark, after the part they share: the shorter one's rest,
 * the longer one's, their difference, whether the longer one adds two or more consonants where the
 * shorter changes at most one (and whether a long vowel comes with them); then the same rests of
 * the folded words.
 */
function skeletonTails(a: ComparedWord, b: ComparedWord): number[] {
  const [shorter, longer] = a.skeleton.length > b.skeleton.length ? [b, a] : [a, b];
  const shortSkeleton = withoutFinalMark(shorter.skeleton);
  const longSkeleton = withoutFinalMark(longer.skeleton);
  const shared = sharedPrefix(shortSkeleton, longSkeleton);
  const shortRest = shortSkeleton.length - shared;
  const longRest = longSkeleton.length - shared;
  const sharedLetters = sharedPrefix(shorter.folded, longer.folded);
  const longFoldedRest = longer.folded.slice(sharedLetters);
  const vowelInRest = [...longFoldedRest.slice(0, -1)].some((letter) => LONG_VOWELS.has(letter)) ? 1 : 0;
  const adds = shortRest <= 1 && longRest - shortRest >= 1 && longRest >= 2 ? 1 : 0;
  return [shortRest, longRest, longRest - shortRest, adds, adds * vowelInRest, shorter.folded.length - sharedLetters, longFoldedRest.length];
}

const LONG_VOWELS: ReadonlySet<string> = new Set(['ا', 'و', 'ي']);

function withoutFinalMark(skeleton: string): string {
  return FINAL_MARKS.includes(skeleton[skeleton.length - 1] ?? '') ? skeleton.slice(0, -1) : skeleton;
}

function sharedPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

function sharedSuffix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
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
