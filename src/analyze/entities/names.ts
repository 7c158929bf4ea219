// Name variants: two spellings of one name in Arabic script (وليامز / ويليامز, وولدهاوسر /
// والدهاوسير, جوفيند / غوفيند). A name's skeleton keeps its consonants, merged into the classes that
// transliteration confuses, and drops the long vowels that writers add or leave out.
import { CommonWords } from './common-words.ts';
import { hashString } from './hash.ts';
import { editDistance, NameVariantScorer, skeletonRuleSimilarity } from './name-variants.ts';
import { foldWord } from './normalize.ts';
import type { EntityType } from '../../core/types.ts';

/** Letters that stand for vowels in transliterated names (ا و ي and the hamza seats, ع). */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ء', 'ع', 'ى', 'آ', 'أ', 'إ', 'ؤ', 'ئ']);

/** Consonants that one foreign sound is written with, merged (g: ج غ ق گ; s: س ص ث; z: ز ذ ظ…). */
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  'غ': 'ج', 'ق': 'ج', 'گ': 'ج', 'ڨ': 'ج',
  'ص': 'س', 'ث': 'س',
  'ذ': 'ز', 'ظ': 'ز',
  'ض': 'د', 'ط': 'ت', 'ح': 'ه', 'ة': 'ه',
  'چ': 'ش', 'ڤ': 'ف', 'پ': 'ب', 'خ': 'ك',
};

/** The final vowel tells names apart (فلورنتينو / فلورنتينا, زينا / زيني): it is kept as a mark. */
const FINAL_VOWEL: Readonly<Record<string, string>> = { 'ا': 'a', 'ه': 'a', 'ي': 'i', 'و': 'u' };

/** `تش` is how Arabic writes "ch" (تشرشل, ريتشارد); it is one sound, as ش or چ. */
const TCH = 'تش';

/** The skeleton of one word: folded, ch merged, consonant classes, vowels and doubled letters out. */
export function wordSkeleton(word: string): string {
  let folded = foldWord(word);
  if (folded.includes(TCH)) folded = folded.split(TCH).join('ش');
  let out = '';
  const last = folded.length - 1;
  for (let i = 0; i <= last; i++) {
    const char = folded[i];
    // A final ه is a written vowel (ة folded, or the -a of a foreign name).
    if (i === last && i > 1 && FINAL_VOWEL[char]) { out += FINAL_VOWEL[char]; continue; }
    if (VOWEL_LETTERS.has(char)) continue;
    const mapped = CONSONANT_CLASS[char] ?? char;
    if (out.endsWith(mapped)) continue;
    out += mapped;
  }
  return out;
}

const ARTICLE = 'ال';

/** The first half of a compound given name, written apart or together: عبد الله / عبدالله, عبد العزيز. */
const COMPOUND_HEAD = 'عبد';

/**
 * The words of a name, folded, article kept only where it is part of the word's identity, and a
 * compound given name one word however it was written (علي عبد الله صالح = علي عبدالله صالح).
 */
export function nameWords(name: string): string[] {
  const words = foldWord(name).split(/[\s\u200c\u200f\u200e-]+/).filter((word) => word.length > 0);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === COMPOUND_HEAD && i + 1 < words.length) joined.push(COMPOUND_HEAD + words[++i]);
    else joined.push(words[i]);
  }
  return joined;
}

/** Skeleton of a whole name; the article does not distinguish names (السراج / سراج). */
export function nameSkeleton(name: string): string {
  return nameWords(name).map((word) => wordSkeleton(word.startsWith(ARTICLE) && word.length > 4 ? word.slice(2) : word)).join(' ');
}

/** How alike two one-word spellings are, 0..1 (1 = same skeleton). */
export function wordSimilarity(a: string, b: string): number {
  const fa = foldWord(a);
  const fb = foldWord(b);
  return foldedWordSimilarity(fa, wordSkeleton(fa), fb, wordSkeleton(fb));
}

/** wordSimilarity of two folded words whose skeletons are known. */
function foldedWordSimilarity(fa: string, sa: string, fb: string, sb: string): number {
  return skeletonRuleSimilarity({ folded: fa, skeleton: sa }, { folded: fb, skeleton: sb }, editDistance(sa, sb), editDistance(fa, fb));
}

export interface NameMatch {
  same: boolean;
  score: number;
}

/**
 * A part standing for a full name must spell its word nearly the same (one skeleton): a near
 * name is another person (ستيفاني is not كريس ستيفنز).
 */
const PART_OF_NAME_THRESHOLD = 0.9;

/** A name split into folded words (article off) with their skeletons: compared many times, made once. */
export interface PreparedName {
  readonly folded: string;
  readonly words: readonly string[];
  readonly skeletons: readonly string[];
}

export function prepareName(name: string): PreparedName {
  const words = nameWords(name).map(stripArticle);
  return { folded: foldWord(name), words, skeletons: words.map(wordSkeleton) };
}

/**
 * Whether two spellings name the same name: same number of words, each pair of words one name by
 * the learned scorer (name-variants.ts); `score` is the least likely pair's probability.
 */
export function compareNames(a: string, b: string, scorer: NameVariantScorer = defaultNameScorer()): NameMatch {
  return comparePreparedNames(prepareName(a), prepareName(b), scorer);
}

export function comparePreparedNames(a: PreparedName, b: PreparedName, scorer: NameVariantScorer = defaultNameScorer(),
  common: CommonWords = defaultCommonWords()): NameMatch {
  const n = a.words.length;
  if (n === 0 || n !== b.words.length) return { same: false, score: 0 };
  let score = 1;
  for (let i = 0; i < n && score >= scorer.parameters.threshold; i++) {
    const x = { folded: a.words[i], skeleton: a.skeletons[i] };
    const y = { folded: b.words[i], skeleton: b.skeletons[i] };
    score = mayBeVariants(x, y, common) ? Math.min(score, scorer.probability(x, y)) : 0;
  }
  return { same: score >= scorer.parameters.threshold, score };
}

/** A skeleton this short (دن, رن) keys too many names: such a word is keyed by its spelling. */
const SHORT_SKELETON = 2;

/**
 * Whether two words of names can be spellings of one word at all, before the learned scorer is
 * asked: two different common words are two names (common-words.ts: محمد / محمود, إيران / العراق,
 * اليمن / عمان, ليبيا / لبنان), unless they differ only in how the final vowel is written (سوريا / سورية).
 */
function mayBeVariants(a: { folded: string }, b: { folded: string }, common: CommonWords): boolean {
  if (spelledWithFinalVowel(a.folded) === spelledWithFinalVowel(b.folded)) return true;
  return !(common.has(a.folded) && common.has(b.folded));
}

/**
 * The scorer read from models/ner, made on first use and never changed (as defaultRecognizer in
 * index.ts). Pass your own to compareNames to avoid it.
 */
export function defaultNameScorer(): NameVariantScorer {
  return (defaultScorer ??= NameVariantScorer.load());
}
let defaultScorer: NameVariantScorer | undefined;

/** The common words of models/ner's lexicon, read on first use (a recogniser passes its own). */
export function defaultCommonWords(): CommonWords {
  return (defaultCommon ??= CommonWords.load());
}
let defaultCommon: CommonWords | undefined;

export function sameName(a: string, b: string): boolean {
  return compareNames(a, b).same;
}

export function nameScore(a: string, b: string): number {
  return compareNames(a, b).score;
}

/**
 * Whether `short` is a part of `full` that can stand for it in the same article: its words are
 * the same-named last words (السراج → فايز السراج) or first words (ستيفاني → ستيفاني وليامز).
 */
export function isPartOfName(short: string, full: string, common: CommonWords = defaultCommonWords()): boolean {
  return isPartOfPreparedName(prepareName(short), prepareName(full), common);
}

/**
 * foldedWordSimilarity ≥ PART_OF_NAME_THRESHOLD, without the edit distances when the skeletons
 * differ so much that the similarity cannot get there: each differing skeleton letter costs at
 * least 0.9 / (skeleton length) of it. Two different common words never stand for each other
 * (صالح is not إصلاح).
 */
function standsFor(fa: string, sa: string, fb: string, sb: string, common: CommonWords): boolean {
  if (fa === fb) return true;
  if (sa !== sb && 1 - 0.9 / Math.max(sa.length, sb.length, 1) < PART_OF_NAME_THRESHOLD) return false;
  if (!mayBeVariants({ folded: fa }, { folded: fb }, common)) return false;
  return foldedWordSimilarity(fa, sa, fb, sb) >= PART_OF_NAME_THRESHOLD;
}

export function isPartOfPreparedName(short: PreparedName, full: PreparedName, common: CommonWords = defaultCommonWords()): boolean {
  const n = short.words.length;
  if (n === 0 || n >= full.words.length) return false;
  const alike = (offset: number) => short.words.every((word, i) =>
    standsFor(word, short.skeletons[i], full.words[offset + i], full.skeletons[offset + i], common));
  const tail = full.words.length - n;
  return (!LINEAGE_WORDS.has(full.words[tail - 1]) && alike(tail)) || alike(0);
}

/**
 * Words after which a name's last words name a father or a family, not the person: سلمان بن
 * عبدالعزيز is not محمد بن سلمان بن عبدالعزيز, nor is سعود سلمان بن عبدالعزيز آل سعود (آل folds to ال).
 */
const LINEAGE_WORDS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ال', 'ولد'].map(foldWord));

/**
 * Whether two prepared names are spelled alike by convention, as places and organisations are:
 * each word the same skeleton and at most one letter apart, the final vowel however it is written
 * (سوريا / سورية, طهران / طهـران; not السعودية / صعدة, which the skeleton alone would join).
 */
export function spelledAlike(a: PreparedName, b: PreparedName): boolean {
  return a.words.length === b.words.length && a.words.every((word, i) => a.skeletons[i] === b.skeletons[i]
    && editDistance(spelledWithFinalVowel(word), spelledWithFinalVowel(b.words[i])) <= 1);
}

/**
 * Stable across articles: the type and a hash of the name's key words. A rare word (most often a
 * transliterated foreign name) is keyed by its skeleton, so its spellings meet (وليامز / ويليامز);
 * a common word or a short skeleton by its spelling, vowels and all (محمد ≠ محمود, الرياض ≠ الورد).
 */
export function entityKey(canonical: string, type: EntityType, common: CommonWords = defaultCommonWords()): string {
  const key = nameWords(canonical).map(stripArticle).map((word) => keyWord(word, common)).join(' ');
  return `${type.toLowerCase()}:${(hashString(key || foldWord(canonical)) >>> 0).toString(36)}`;
}

function keyWord(word: string, common: CommonWords): string {
  const skeleton = wordSkeleton(word);
  return skeleton.length > SHORT_SKELETON && !common.has(word) ? skeleton : `=${spelledWithFinalVowel(word)}`;
}

/** A folded word with its final written vowel as the skeleton marks it: سوريا and سورية are one spelling. */
function spelledWithFinalVowel(word: string): string {
  const vowel = FINAL_VOWEL[word[word.length - 1]];
  return vowel && word.length > 2 ? word.slice(0, -1) + vowel : word;
}

function stripArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length > 4 ? word.slice(2) : word;
}

export { editDistance };
