// Does a credit segment read like a person's name or like a place? Used only for segments the
// vocabulary does not know; the answers are deliberately cautious, because a wrong author is worse
// than a missing one.
import type { Lexicon } from './match.ts';

export type NameStrength =
  /** Not a name: one word, digits, quotes, a desk word, a known place… */
  | 'none'
  /** Shaped like a name (2–5 words, no article on the first word) but opening with no known given name. */
  | 'weak'
  /** Opens with a known given name, or with عبد / أبو / أم (`عبدالرحمن الشهري`, `أبو بكر …`). */
  | 'strong';

export interface SegmentShape {
  text: string;
  /** matchKey of the text. */
  key: string;
  words: number;
}

const HAS_DIGIT = /[0-9٠-٩۰-۹]/;
const QUOTE_MARK = /[«»"“”]/;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const DEFINITE_ARTICLE = 'ال';
// `آل` (a family: آل سعود) folds to `ال` and stands as a word of its own.
const FAMILY_WORD = 'ال ';
const MAX_NAME_WORDS = 5;
const MAX_PLACE_WORDS = 3;
// Compound names: عبدالله / عبد الله, أبو بكر, أم كلثوم (folded: ابو, ام).
const COMPOUND_NAME_OPENERS = ['عبد', 'ابو', 'ام '];
const CONJUNCTIONS = ['و', 'ف'];

export function nameStrength(segment: SegmentShape, lexicon: Lexicon, articleAllowed = false): NameStrength {
  if (segment.words < 2 || segment.words > MAX_NAME_WORDS || HAS_DIGIT.test(segment.text) || QUOTE_MARK.test(segment.text)) return 'none';
  // A given name seldom takes the article; places and desks mostly do (الدمام، الحد الجنوبي).
  // Where the slot itself says "person" (`تونس: المنصف الحامدي`), the article is allowed.
  if (!articleAllowed && segment.key.startsWith(DEFINITE_ARTICLE) && !segment.key.startsWith(FAMILY_WORD)) return 'none';
  if (lexicon.places.has(segment.key)) return 'none';
  const words = segment.key.split(' ');
  for (const word of words) if (lexicon.nonNameWords.has(word) || lexicon.outlets.has(word)) return 'none';
  let first = 0;
  while (first < words.length - 2 && lexicon.nameTitles.has(words[first])) first++;
  const opening = words[first];
  const strong = lexicon.givenNames.has(opening) || lexicon.givenNames.has(`${opening} ${words[first + 1]}`) ||
    COMPOUND_NAME_OPENERS.some((opener) => (opening + ' ').startsWith(opener));
  return strong ? 'strong' : 'weak';
}

export function looksLikePlace(segment: SegmentShape): boolean {
  return segment.words >= 1 && segment.words <= MAX_PLACE_WORDS && !HAS_DIGIT.test(segment.text) &&
    !QUOTE_MARK.test(segment.text) && ARABIC_LETTER.test(segment.text);
}

/** A place that opens a lede on its own (`طرابلس-`, `الحد الجنوبي –`): one word that is not a
 *  conjunction-led verb (وصل، فقال), or two words that are not a name. */
export function looksLikeLonePlace(segment: SegmentShape, lexicon: Lexicon): boolean {
  if (!looksLikePlace(segment)) return false;
  if (segment.words === 1) return !CONJUNCTIONS.some((c) => segment.key.startsWith(c));
  return segment.words === 2 && nameStrength(segment, lexicon) === 'none' && !CONJUNCTIONS.some((c) => segment.key.startsWith(c + DEFINITE_ARTICLE));
}
