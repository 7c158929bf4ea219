// Document-level consistency after tagging: a person's surname, once recognised in the article
// (فايز السراج), is that person wherever else it stands alone and the tagger missed it (ورحب
// السراج…), also when spelled another way (وليامز … ويليامز).
import type { EntityMention } from '../../core/types.ts';
import { listKeyOf } from './features.ts';
import { nameWords, wordSkeleton } from './names.ts';
import type { Token } from './tokenize.ts';

/** Skeletons shorter than this (two consonants) match too many ordinary words. */
const MIN_SKELETON_LENGTH = 3;

export function propagateNames(text: string, tokens: readonly Token[], mentions: EntityMention[],
  leadingClitic: (word: string) => number, minedList: (word: string) => string): EntityMention[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    const words = nameWords(mention.text);
    const last = words[words.length - 1];
    const skeleton = last ? wordSkeleton(last) : '';
    if (skeleton.length >= MIN_SKELETON_LENGTH) surnames.add(skeleton);
  }
  if (surnames.size === 0) return mentions;
  const covered = new Uint8Array(text.length + 1);
  for (const mention of mentions) covered.fill(1, mention.start, mention.end);
  const added: EntityMention[] = [];
  for (const token of tokens) {
    if (covered[token.start] || covered[token.end - 1] || token.text.length < 3 || token.text.length > 40) continue;
    // Both readings: و+السراج, and a name that starts with و (والدهاوسير).
    const skip = [leadingClitic(token.text), 0].find((cut) => surnames.has(wordSkeleton(token.text.slice(cut))));
    if (skip === undefined) continue;
    const word = token.text.slice(skip);
    // The corpus never saw this word in a name: a common word that shares a surname's consonants.
    if (minedList(listKeyOf(word)) === 'O') continue;
    added.push({ text: word, type: 'PER', start: token.start + skip, end: token.end });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** What completeNames needs to know about a word from the lexicon. */
export interface WordEvidence {
  /** The mined list entry of the word (listKeyOf form), e.g. 'B-PER:all'; '' if none. */
  minedList(word: string): string;
  /** Corpus frequency bucket of the folded word (0 = unseen). */
  frequencyBucket(word: string): number;
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
  const tokenAt = new Map<number, number>();
  tokens.forEach((token, i) => tokenAt.set(token.start, i));
  const endAt = new Map<number, number>();
  tokens.forEach((token, i) => endAt.set(token.end, i));
  const covered = new Set<number>();
  for (const m of mentions) for (let i = tokenContaining(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) covered.add(i);
  const isWord = (i: number) => i >= 0 && i < tokens.length && /^[\u0621-\u064a]{3,}$/.test(tokens[i].text);
  return mentions.map((mention) => {
    const first = tokenAt.get(mention.start) ?? tokenContaining(tokens, mention.start);
    const last = endAt.get(mention.end) ?? first;
    let out = mention;
    if (mention.type !== 'PER' && first === last && FIRST_NAME_LIST.test(evidence.minedList(listKeyOf(tokens[first].text)))
      && isWord(last + 1) && !covered.has(last + 1) && evidence.minedList(listKeyOf(tokens[last + 1].text)) !== 'O') {
      covered.add(last + 1);
      out = { text: text.slice(mention.start, tokens[last + 1].end), type: 'PER', start: mention.start, end: tokens[last + 1].end };
    }
    if (out.type === 'PER' && isWord(first - 1) && !covered.has(first - 1) && tokenAt.get(out.start) === first
      && evidence.frequencyBucket(tokens[first - 1].text) <= RARE_BUCKET) {
      covered.add(first - 1);
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
