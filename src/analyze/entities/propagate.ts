// Document-level consistency after tagging: a person's surname, once recognised in the article
// (فايز السراج), is that person wherever else it stands alone and the tagger missed it (ورحب
// السراج…) or took it for something else, also when spelled another way (وليامز … ويليامز).
import type { EntityMention } from '../../core/types.ts';
import { nameWords, wordSkeleton } from './names.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './word-facts.ts';

/** Skeletons shorter than this (two consonants) match too many ordinary words. */
const MIN_SKELETON_LENGTH = 3;

export function propagateNames(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const surnames = new Set<string>();
  // Surnames of full names (two words or more): a single word tagged as a place or an organisation
  // that spells one of them is that person (والدهاوسير after توماس وولدهاوسر).
  const fullNameSurnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    const words = nameWords(mention.text);
    const last = words[words.length - 1];
    const skeleton = last ? wordSkeleton(last) : '';
    if (skeleton.length < MIN_SKELETON_LENGTH) continue;
    surnames.add(skeleton);
    if (words.length > 1) fullNameSurnames.add(skeleton);
  }
  if (surnames.size === 0) return mentions;
  const out: EntityMention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (next < mentions.length && mentions[next].end <= token.start) out.push(mentions[next++]);
    if (next < mentions.length && mentions[next].start < token.end) {
      const mention = mentions[next];
      const facts = evidence.factsAt(i);
      const alone = mention.end === token.end && mention.start >= token.start;
      if (alone && mention.type !== 'PER' && (fullNameSurnames.has(facts.skeleton) || fullNameSurnames.has(facts.wholeSkeleton))) {
        mentions[next] = { ...mention, type: 'PER' };
      }
      continue;
    }
    if (token.text.length < 3 || token.text.length > 40) continue;
    // Both readings: و+السراج, and a name that starts with و (والدهاوسير).
    const facts = evidence.factsAt(i);
    const skip = surnames.has(facts.skeleton) ? facts.clitic : surnames.has(facts.wholeSkeleton) ? 0 : -1;
    if (skip < 0) continue;
    const word = token.text.slice(skip);
    // The corpus never saw this word in a name: a common word that shares a surname's consonants.
    if (facts.list === 'O') continue;
    out.push({ text: word, type: 'PER', start: token.start + skip, end: token.end });
  }
  while (next < mentions.length) out.push(mentions[next++]);
  return out;
}

/** What completing and propagating names need to know about the words of the text. */
export interface WordEvidence {
  /** The facts (lexicon, mined list) of the word at token index `i`. */
  factsAt(i: number): WordFacts;
}

const FIRST_NAME_LIST = /^B-PER:(all|most)$/;
const RARE_BUCKET = 3;

/**
 * Completes names the tagger cut short, from what the corpus says about the words: a word the
 * corpus calls a first name (غسان: B-PER nearly always) starts a person with the word after it,
 * even if the tagger put it in another kind of name; a rare word (a transliterated first name the
 * corpus hardly has, ستيفاني) just before a person joins it.
 */
export function completeNames(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = tokenContaining(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) covered[i] = 1;
  const isWord = (i: number) => i >= 0 && i < tokens.length && /^[\u0621-\u064a]{3,}$/.test(tokens[i].text);
  const isFirstName = (i: number) => isWord(i) && FIRST_NAME_LIST.test(evidence.factsAt(i).list);
  const isNameWord = (i: number) => isWord(i) && evidence.factsAt(i).list !== 'O';
  return joinFirstNames(text, tokens, mentions, evidence).flatMap((mention) => {
    const first = tokenContaining(tokens, mention.start);
    const last = tokenContaining(tokens, mention.end - 1);
    let out = mention;
    // The mention's last word is a first name and a name word follows: the person starts there
    // (غسان سلامة, also out of "ليبيا غسان" tagged as one place).
    if (mention.type !== 'PER' && isFirstName(last) && !covered[last + 1] && isNameWord(last + 1)) {
      covered[last + 1] = 1;
      const person: EntityMention = { text: text.slice(tokens[last].start, tokens[last + 1].end), type: 'PER', start: tokens[last].start, end: tokens[last + 1].end };
      if (first === last) return [{ ...person, text: text.slice(mention.start, person.end), start: mention.start }];
      return [{ ...mention, text: text.slice(mention.start, tokens[last - 1].end), end: tokens[last - 1].end }, person];
    }
    if (out.type === 'PER' && isWord(first - 1) && !covered[first - 1] && tokens[first].start === out.start
      && evidence.factsAt(first - 1).frequency <= RARE_BUCKET) {
      covered[first - 1] = 1;
      out = { ...out, text: text.slice(tokens[first - 1].start, out.end), start: tokens[first - 1].start };
    }
    return [out];
  });
}

/**
 * A one-word person right before another person, with only a space between, is that person's
 * first name when the corpus calls it one or hardly knows it (ستيفاني | وليامز → ستيفاني وليامز).
 */
function joinFirstNames(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const out: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    const first = tokenContaining(tokens, mention.start);
    const join = previous !== undefined && previous.type === 'PER' && mention.type === 'PER' && first > 0
      && tokens[first].start === mention.start && tokens[first - 1].end === previous.end
      && tokenContaining(tokens, previous.start) === first - 1 && /^[ \u00a0]+$/.test(text.slice(previous.end, mention.start))
      && (FIRST_NAME_LIST.test(evidence.factsAt(first - 1).list) || evidence.factsAt(first - 1).frequency <= RARE_BUCKET);
    if (join) out[out.length - 1] = { ...previous, text: text.slice(previous.start, mention.end), end: mention.end };
    else out.push(mention);
  }
  return out;
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
