// Document-level consistency after tagging: a person's surname, once recognised in the article
// (فايز السراج), is that person wherever else it stands alone and the tagger missed it (ورحب
// السراج…), also when spelled another way (وليامز … ويليامز).
import type { EntityMention } from '../../core/types.ts';
import { listKeyOf } from './features.ts';
import { nameWords, wordSkeleton } from './names.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './word-facts.ts';

/** Skeletons shorter than this (two consonants) match too many ordinary words. */
const MIN_SKELETON_LENGTH = 3;

export function propagateNames(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    const words = nameWords(mention.text);
    const last = words[words.length - 1];
    const skeleton = last ? wordSkeleton(last) : '';
    if (skeleton.length >= MIN_SKELETON_LENGTH) surnames.add(skeleton);
  }
  if (surnames.size === 0) return mentions;
  const added: EntityMention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (next < mentions.length && mentions[next].end <= token.start) next++;
    const covered = next < mentions.length && mentions[next].start < token.end;
    if (covered || token.text.length < 3 || token.text.length > 40) continue;
    // Both readings: و+السراج, and a name that starts with و (والدهاوسير).
    const facts = evidence.factsAt(i);
    const skip = surnames.has(facts.skeleton) ? facts.clitic : surnames.has(facts.wholeSkeleton) ? 0 : -1;
    if (skip < 0) continue;
    const word = token.text.slice(skip);
    // The corpus never saw this word in a name: a common word that shares a surname's consonants.
    if (evidence.minedList(listKeyOf(word)) === 'O') continue;
    added.push({ text: word, type: 'PER', start: token.start + skip, end: token.end });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** What completing and propagating names need to know about words from the lexicon. */
export interface WordEvidence {
  /** The mined list entry of the word (listKeyOf form), e.g. 'B-PER:all'; '' if none. */
  minedList(word: string): string;
  /** The facts of the word at token index `i`. */
  factsAt(i: number): WordFacts;
}

const FIRST_NAME_LIST = /^B-PER:(all|most)$/;
const RARE_BUCKET = 3;

/**
 * Completes names the tagger cut short, from what the corpus says about the words: a word the
 * corpus calls a first name (غسان: B-PER nearly always) starts a person with the word after it,
 * even if the tagger said otherwise; a rare word (a transliterated first name the corpus hardly
 * has, ستيفاني) just before a person joins it.
 */
export function completeNames(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = tokenContaining(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) covered[i] = 1;
  const isWord = (i: number) => i >= 0 && i < tokens.length && /^[\u0621-\u064a]{3,}$/.test(tokens[i].text);
  return mentions.map((mention) => {
    const first = tokenContaining(tokens, mention.start);
    const last = tokenContaining(tokens, mention.end - 1);
    let out = mention;
    if (mention.type !== 'PER' && first === last && FIRST_NAME_LIST.test(evidence.minedList(listKeyOf(tokens[first].text)))
      && isWord(last + 1) && !covered[last + 1] && evidence.minedList(listKeyOf(tokens[last + 1].text)) !== 'O') {
      covered[last + 1] = 1;
      out = { text: text.slice(mention.start, tokens[last + 1].end), type: 'PER', start: mention.start, end: tokens[last + 1].end };
    }
    if (out.type === 'PER' && isWord(first - 1) && !covered[first - 1] && tokens[first].start === out.start
      && evidence.factsAt(first - 1).frequency <= RARE_BUCKET) {
      covered[first - 1] = 1;
      out = { ...out, text: text.slice(tokens[first - 1].start, out.end), start: tokens[first - 1].start };
    }
    return out;
  });
}

/** Index of the token that holds `offset` (binary search over ordered tokens). */
export function tokenContaining(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
