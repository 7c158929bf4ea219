// The words of a display text, each marked with the query key it is, if any: what a snippet
// needs, and the same words and keys as searchTerms gives, without stemming every word.
//
// Stemming is most of the cost of analysing a text, and a snippet only asks of each word "is it one
// of these few keys?". The light stemmer only cuts letters off the ends of a folded word, so its
// stem is a substring of the word (save the few whole-word exceptions it lists): a word that holds
// none of the keys cannot stem to one, and is not stemmed at all. hit-words.test.ts checks both facts
// that this rests on, against searchTerms itself.
//
// Folding each word to ask that question was still most of the work, so a word is first looked at
// letter by letter, unfolded: the search profile folds one character at a time, so a folded word
// holds a key only if the word has a character that folds to the key's least common letter. Only
// the few words that do are folded. A HitFinder does this for one set of keys over all the hits of
// an answer: one table lookup per letter, and each word form stemmed once.
import { WORD_EXCEPTIONS } from '../text/clitic-data.ts';
import { foldRangeForSearch, lightStem, searchKey, SegmentScanner } from '../text/index.ts';
import { COMMON_LETTERS_MOST_FIRST } from './letter-frequency.ts';

/**
 * The words of a text in order, as parallel lists (an object per word was a third of the work):
 * word i is text.slice(start[i], end[i]), and key[i] is the query key it is, or undefined.
 */
export interface HitWords {
  start: number[];
  end: number[];
  key: Array<string | undefined>;
  /** True when the scan stopped before the text's last word (see HitFinder.words' window). */
  cut?: boolean;
}

/** Lengths and first letters of the stemmer's whole-word exceptions: most words are turned away without hashing them. */
const EXCEPTION_LENGTHS: ReadonlySet<number> = new Set([...WORD_EXCEPTIONS.keys()].map((word) => word.length));
const EXCEPTION_FIRST_CODES: ReadonlySet<number> = new Set([...WORD_EXCEPTIONS.keys()].map((word) => word.charCodeAt(0)));
/** Keys that an exception stems to without holding them (لله → الله): with one of these asked for, every word is folded. */
const EXCEPTION_STEMS: ReadonlySet<string> = new Set([...WORD_EXCEPTIONS.values()].map((exception) => exception.base));

/** What one UTF-16 code unit folds to in the search profile: a code unit, or one of these. */
const FOLDS_TO_NOTHING = -1;
/** Folds to several characters (presentation-form ligatures) or is half a surrogate pair: always folded and looked at. */
const FOLDS_TO_SEVERAL = -2;

function buildFoldTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) { table[code] = FOLDS_TO_SEVERAL; continue; }
    const folded = foldRangeForSearch(String.fromCharCode(code), 0, 1);
    table[code] = folded.length === 0 ? FOLDS_TO_NOTHING : folded.length === 1 ? folded.charCodeAt(0) : FOLDS_TO_SEVERAL;
  }
  return table;
}

const FOLDED_CODE = buildFoldTable();

/** What a word's letters tell before folding it: nothing left, surely no key, or maybe a key. */
const FOLDS_AWAY = 0;
const NO_KEY = 1;
const MAYBE_KEY = 2;

/**
 * Each code unit's class with no key letter chosen yet: gone when folded, a letter that stays, or
 * (several characters, half a surrogate pair) one that is always looked at. A finder copies it and
 * marks the code units that fold to its keys' letters.
 */
function buildLetterClasses(): { classes: Uint8Array; foldingTo: ReadonlyMap<number, readonly number[]> } {
  const classes = new Uint8Array(FOLDED_CODE.length);
  const foldingTo = new Map<number, number[]>();
  for (let code = 0; code < FOLDED_CODE.length; code++) {
    const folded = FOLDED_CODE[code];
    classes[code] = folded === FOLDS_TO_NOTHING ? FOLDS_AWAY : folded === FOLDS_TO_SEVERAL ? MAYBE_KEY : NO_KEY;
    if (folded >= 0) {
      const sources = foldingTo.get(folded);
      if (sources) sources.push(code);
      else foldingTo.set(folded, [code]);
    }
  }
  return { classes, foldingTo };
}

const LETTER_CLASSES = buildLetterClasses();

const LETTER_RANK: ReadonlyMap<number, number> = new Map(COMMON_LETTERS_MOST_FIRST.map((letter, rank) => [letter.charCodeAt(0), rank]));

/** The key's letter that fewest words have: a word without it cannot hold the key. */
function rarestLetter(key: string): number {
  let best = key.charCodeAt(key.length - 1);
  let bestRank = LETTER_RANK.get(best) ?? Infinity;
  for (let i = key.length - 2; i >= 0; i--) {
    const code = key.charCodeAt(i);
    const rank = LETTER_RANK.get(code) ?? Infinity;
    if (rank > bestRank) { best = code; bestRank = rank; }
  }
  return best;
}

function isStemException(folded: string): boolean {
  return EXCEPTION_LENGTHS.has(folded.length) && EXCEPTION_FIRST_CODES.has(folded.charCodeAt(0)) && WORD_EXCEPTIONS.has(folded);
}

/** Could some key be this folded word's stem? False only when it certainly cannot. */
function mayStemToKey(folded: string, keys: readonly string[]): boolean {
  for (const key of keys) if (folded.includes(key)) return true;
  return isStemException(folded);
}

/** What the letters of text[start, end) say before folding: nothing left, surely no key, or maybe a key. */
function lookAtLetters(text: string, start: number, end: number, classes: Uint8Array): number {
  let seen = FOLDS_AWAY;
  for (let i = start; i < end; i++) {
    const cls = classes[text.charCodeAt(i)];
    if (cls === MAYBE_KEY) return MAYBE_KEY;
    if (cls === NO_KEY) seen = NO_KEY;
  }
  return seen;
}

/** Distinct folded words a finder keeps the stems of: a page of hits repeats a few dozen forms. */
const STEMS_KEPT = 512;

/**
 * Finds the words of texts for one set of keys: what the keys say (their letters, whether the
 * letter test can decide) is worked out once for all the hits of an answer, and so is the stem of
 * each word form that may be a key (ten hits for وزير stem وزير, الوزير, ووزير… sixty times over,
 * in nine or ten forms).
 */
export class HitFinder {
  private readonly keys: ReadonlySet<string>;
  private readonly keyList: readonly string[];
  /** LETTER_CLASSES with the code units that fold to a key's least common letter marked MAYBE_KEY; unset when letters cannot decide. */
  private readonly classes: Uint8Array | undefined;
  private readonly stems = new Map<string, string>();

  constructor(keys: ReadonlySet<string>) {
    this.keys = keys;
    this.keyList = [...keys];
    // An exception's stem is not in its word, so the letter test cannot clear words for it.
    const lettersDecide = !this.keyList.some((key) => EXCEPTION_STEMS.has(key)) && !this.keyList.includes('');
    if (lettersDecide) {
      const classes = LETTER_CLASSES.classes.slice();
      for (const letter of this.keyList.map(rarestLetter)) {
        for (const code of LETTER_CLASSES.foldingTo.get(letter) ?? []) classes[code] = MAYBE_KEY;
      }
      this.classes = classes;
    }
  }

  /**
   * One word per term searchTerms(text) would give, in order, with the same offsets. With
   * `window`, the words end `window` words after the first run of `window` words that holds every
   * key: a snippet needs no more than that, and the rest of a long article is not looked at.
   */
  words(text: string, window?: number): HitWords {
    const { keys, keyList, classes } = this;
    const starts: number[] = [];
    const ends: number[] = [];
    const keyOf: Array<string | undefined> = [];
    const words: HitWords = { start: starts, end: ends, key: keyOf };
    /** Where each key was last seen, and the word after which the scan may stop. */
    const lastSeen = new Map<string, number>();
    let stopAfter = Infinity;
    const scanner = new SegmentScanner(text);
    while (scanner.next()) {
      const kind = scanner.kind;
      if (kind !== 'word' && kind !== 'number') continue;
      if (keyOf.length > stopAfter) { words.cut = true; break; }
      const { start, end } = scanner;
      if (kind === 'word' && classes) {
        const seen = lookAtLetters(text, start, end, classes);
        // A word that folds to nothing (only harakat or tatweel) is no term.
        if (seen === FOLDS_AWAY) continue;
        if (seen === NO_KEY) { starts.push(start); ends.push(end); keyOf.push(undefined); continue; }
      }
      const folded = foldRangeForSearch(text, start, end);
      if (folded === '') continue;
      let term: string | undefined;
      // Numbers are rare and have their own key rules (thousands separators): the term analyser decides.
      if (kind === 'number') term = searchKey(text.slice(start, end));
      else if (mayStemToKey(folded, keyList)) term = this.stemOf(folded);
      const key = term !== undefined && keys.has(term) ? term : undefined;
      starts.push(start);
      ends.push(end);
      keyOf.push(key);
      if (key !== undefined && window !== undefined && stopAfter === Infinity) {
        lastSeen.set(key, keyOf.length - 1);
        if (lastSeen.size === keys.size && keyOf.length - 1 - Math.min(...lastSeen.values()) < window) stopAfter = keyOf.length - 1 + window;
      }
    }
    return words;
  }

  private stemOf(folded: string): string {
    let stem = this.stems.get(folded);
    if (stem === undefined) {
      stem = lightStem(folded);
      if (this.stems.size < STEMS_KEPT) this.stems.set(folded, stem);
    }
    return stem;
  }
}

/** One word per term searchTerms(text) would give, in order, with the same offsets. */
export function hitWords(text: string, keys: ReadonlySet<string>): HitWords {
  return new HitFinder(keys).words(text);
}
