// Matches text blocks against the boilerplate phrases.

import { BOILERPLATE_PHRASES_ARABIC, BOILERPLATE_PHRASES_LATIN, CALL_TO_ACTION_WORDS, LONG_LINE_OPENERS } from './boilerplate-phrases.ts';

/** A block longer than this is prose even if it opens with "شارك" or "Share". */
const MAX_PREFIXED_BLOCK_LENGTH = 60;
/** Legal lines and publication notes run longer than labels, but not as long as a paragraph. */
const MAX_LONG_LINE_LENGTH = 200;
/** A call to action ("share", "subscribe") in a block this short is the block's purpose. */
const MAX_CALL_TO_ACTION_LENGTH = 60;

const HARAKAT_AND_TATWEEL = /[\u064b-\u065f\u0670\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF = '\u0627';
const ALEF_MAKSURA = /\u0649/g;
const YEH = '\u064a';

/** Folds just enough for phrase matching: case, harakat, alef and yeh variants, edge punctuation. */
export function foldForPhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(HARAKAT_AND_TATWEEL, '')
    .replace(ALEF_VARIANTS, ALEF)
    .replace(ALEF_MAKSURA, YEH)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s:：\-–—|»«>•·*#]+|[\s:：\-–—|»«>•·*.…!؟?]+$/g, '');
}

export class PhraseMatcher {
  private readonly phrases: string[];
  private readonly exact: Set<string>;
  private readonly longLineOpeners = LONG_LINE_OPENERS.map(foldForPhrase);
  private readonly callToAction = new RegExp(`(?<![\\p{L}])(?:${CALL_TO_ACTION_WORDS.map(foldForPhrase).join('|')})(?![\\p{L}])`, 'u');

  constructor(phrases: string[] = [...BOILERPLATE_PHRASES_ARABIC, ...BOILERPLATE_PHRASES_LATIN]) {
    this.phrases = phrases.map(foldForPhrase);
    this.exact = new Set(this.phrases);
  }

  isBoilerplate(text: string): boolean {
    if (text.length > MAX_LONG_LINE_LENGTH) return false;
    const folded = foldForPhrase(text);
    if (this.longLineOpeners.some((opener) => folded.startsWith(opener))) return true;
    if (text.length > MAX_PREFIXED_BLOCK_LENGTH * 2) return false;
    if (this.exact.has(folded)) return true;
    if (folded.length > MAX_PREFIXED_BLOCK_LENGTH) return false;
    if (folded.length <= MAX_CALL_TO_ACTION_LENGTH && this.callToAction.test(folded)) return true;
    for (const phrase of this.phrases) {
      if (folded.startsWith(phrase) && isWordBoundary(folded, phrase.length)) return true;
    }
    return false;
  }
}

function isWordBoundary(text: string, index: number): boolean {
  if (index >= text.length) return true;
  return /[\s:：\-–—|»«(,،]/.test(text[index]);
}
