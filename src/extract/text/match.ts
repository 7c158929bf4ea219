// Comparing short strings (lines, credit segments, vocabulary) the way a reader would: through the
// search profile (hamza, ى/ي, ة/ه, harakat, tatweel, digits folded) with punctuation and
// quotation marks dropped and spaces collapsed. Only short strings are keyed: the body is never.
import { foldForSearch } from '../../text/index.ts';
import {
  AGENCY_NAMES, AUTHOR_CUES, BOILERPLATE_LINES, DATE_LINE_WORDS, DESK_WORDS, FOOTER_LINE_MARKERS,
  FOOTER_LINE_PREFIXES, GIVEN_NAMES, GREGORIAN_MONTHS, NAME_TITLES, LEDE_LABELS, NAVIGATION_WORDS, NON_NAME_WORDS, OTHER_CREDIT_CUES,
  OUTLET_NAMES, PLACE_NAMES, SHARE_BAR_WORDS, SOCIAL_NETWORKS, READ_ALSO_HEADERS, RELATED_HEADERS, SECTION_NAMES, TRAILING_INLINE_MARKERS,
} from './vocabulary.ts';

// Quotation marks, brackets and sentence punctuation carry no identity in a name or a label.
const KEY_PUNCTUATION = /[«»"“”„'‘’()[\]{}<>.,،؛;:!?؟…*•|\\/_~#]+/g;
const SPACE_RUN = /\s+/g;
// Agency abbreviations come spaced and dotted every way (أ ف ب, أ.ف.ب, أ. ف. ب): compare them bare.
const ABBREVIATION_NOISE = /[\s.\-–]+/g;

// The zero-width space is not whitespace to \s and neither profile removes it; pages carry it.
const ZERO_WIDTH_SPACE = /\u200B/g;

export function matchKey(text: string): string {
  return foldForSearch(text).replace(ZERO_WIDTH_SPACE, '').replace(KEY_PUNCTUATION, ' ').replace(SPACE_RUN, ' ').trim();
}

export function compactKey(text: string): string {
  return matchKey(text).replace(ABBREVIATION_NOISE, '');
}

function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(matchKey));
}

function compactSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(compactKey));
}

function firstWords(keys: readonly string[]): ReadonlySet<string> {
  return new Set(keys.map((key) => key.split(' ')[0]));
}

/** The first word of a line, keyed (no allocation of the rest of the line). */
export function firstWordKey(line: string): string {
  const space = line.indexOf(' ');
  return matchKey(space < 0 ? line : line.slice(0, space));
}

/** The vocabulary as keyed sets. Built once from constant data; never changes afterwards. */
export class Lexicon {
  readonly agencies = compactSet(AGENCY_NAMES);
  readonly desks = keySet(DESK_WORDS);
  readonly outlets = keySet(OUTLET_NAMES);
  readonly places = keySet(PLACE_NAMES);
  readonly sections = keySet(SECTION_NAMES);
  readonly givenNames = keySet(GIVEN_NAMES);
  readonly nameTitles = keySet(NAME_TITLES);
  readonly authorCues = keySet(AUTHOR_CUES);
  readonly otherCues = keySet(OTHER_CREDIT_CUES);
  readonly nonNameWords = keySet(NON_NAME_WORDS);
  readonly ledeLabels = keySet(LEDE_LABELS);
  readonly relatedHeaders = keySet(RELATED_HEADERS);
  readonly readAlsoHeaders = keySet(READ_ALSO_HEADERS);
  readonly readAlsoList: readonly string[] = [...this.readAlsoHeaders];
  /** First words of the headers above: a line whose first word is not one of them is no header. */
  readonly headerFirstWords = firstWords([...this.relatedHeaders, ...this.readAlsoHeaders]);
  readonly boilerplateLines = keySet(BOILERPLATE_LINES);
  readonly navigationWords = keySet(NAVIGATION_WORDS);
  readonly shareBarWords = keySet(SHARE_BAR_WORDS);
  readonly shareBarFirstWords = firstWords([...this.shareBarWords]);
  readonly socialNetworks = keySet(SOCIAL_NETWORKS);
  readonly footerPrefixes: readonly string[] = FOOTER_LINE_PREFIXES.map(matchKey);
  readonly footerMarkers: readonly string[] = FOOTER_LINE_MARKERS.map(matchKey);
  readonly trailingMarkers: readonly string[] = TRAILING_INLINE_MARKERS.map(matchKey);
  readonly dateLineWords = keySet(DATE_LINE_WORDS);
  readonly months: ReadonlyMap<string, number> = new Map(GREGORIAN_MONTHS.map(([name, month]) => [matchKey(name), month]));

  isAgency(text: string): boolean {
    const compact = compactKey(text);
    return this.agencies.has(compact) || (compact.startsWith('وكاله') && this.agencies.has(compact.slice(5)));
  }
}

export const LEXICON = new Lexicon();

/** The number of whitespace-separated words in a string (no allocation). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
    if (space) inWord = false;
    else if (!inWord) { inWord = true; words++; }
  }
  return words;
}

/** True when the key starts with the prefix key as whole words. */
export function startsWithWords(key: string, prefix: string): boolean {
  return key.startsWith(prefix) && (key.length === prefix.length || key.charCodeAt(prefix.length) === 32);
}
