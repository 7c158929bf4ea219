// The title before a name is a role, not part of the name: "الجنرال والدهاوسير" is the person
// والدهاوسير in the role الجنرال; "القائم بالأعمال الأميركية ستيفاني وليامز" keeps the adjective.
import { foldWord } from './normalize.ts';
import type { EntityMention } from '../../core/types.ts';
import type { Token } from './tokenize.ts';
import { ROLE_TITLES } from './vocabulary.ts';

/** Titles as folded words, grouped by their last word, longest first within a group. */
const TITLES_BY_LAST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const groups = new Map<string, string[][]>();
  const titles = [...new Set(ROLE_TITLES.map(foldWord))].map((title) => title.split(' ')).sort((a, b) => b.length - a.length);
  for (const title of titles) {
    const last = title[title.length - 1];
    const group = groups.get(last) ?? [];
    group.push(title);
    groups.set(last, group);
  }
  return groups;
})();
const CONJUNCTION_PREFIX = /^[وف](?=ال)/;
/** Words between a title and the name: nationality and other ال- adjectives, at most this many. */
const MAX_WORDS_AFTER_TITLE = 3;

/** The role written just before token `first` (a mention's first token), or undefined. */
export function roleBefore(text: string, tokens: readonly Token[], first: number): string | undefined {
  const folded: string[] = [];
  const foldedAt = (i: number) => (folded[first - i] ??= foldWord(tokens[i].text));
  for (let gap = 0; gap <= MAX_WORDS_AFTER_TITLE; gap++) {
    const titleEnd = first - gap;
    if (titleEnd - 1 < 0) break;
    const candidates = TITLES_BY_LAST_WORD.get(foldedAt(titleEnd - 1).replace(CONJUNCTION_PREFIX, ''));
    for (const title of candidates ?? []) {
      const titleStart = titleEnd - title.length;
      if (titleStart < 0) continue;
      const matches = title.every((word, i) => foldedAt(titleStart + i).replace(CONJUNCTION_PREFIX, '') === word);
      if (!matches) continue;
      if (gap > 1 && !tokens.slice(titleEnd, first).every((_, i) => foldedAt(titleEnd + i).startsWith('ال'))) continue;
      const skip = CONJUNCTION_PREFIX.test(foldedAt(titleStart)) ? 1 : 0;
      return text.slice(tokens[titleStart].start + skip, tokens[first - 1].end);
    }
  }
  return undefined;
}

/** Titles as folded word lists, for the trailing-title check. */
const TITLE_WORDS: ReadonlyArray<readonly string[]> = [...new Set(ROLE_TITLES.map(foldWord))].map((title) => title.split(' '));
/** A name keeps at least this many words before a title that follows it is cut off. */
const NAME_WORDS_BEFORE_TITLE = 2;

/**
 * A person's span that ran on into the title written after the name ("محمد بن سلمان بن عبدالعزيز
 * ولي ولي العهد", or cut short: "… ولي ولي"): the name ends where a title, or the start of one,
 * begins, and a whole title becomes the role when none came before the name.
 */
export function withoutTrailingTitle(mention: EntityMention): EntityMention {
  if (mention.type !== 'PER') return mention;
  const words = [...mention.text.matchAll(/\S+/g)];
  for (let i = NAME_WORDS_BEFORE_TITLE; i < words.length; i++) {
    const rest = words.slice(i).map((word) => foldWord(word[0]).replace(CONJUNCTION_PREFIX, ''));
    const title = TITLE_WORDS.find((t) => rest.length <= t.length ? rest.every((w, j) => w === t[j]) : t.every((w, j) => w === rest[j]));
    if (!title) continue;
    const end = mention.start + words[i - 1].index! + words[i - 1][0].length;
    const trimmed: EntityMention = { ...mention, text: mention.text.slice(0, end - mention.start), end };
    if (rest.length < title.length || mention.role) return trimmed;
    const titleEnd = words[i + title.length - 1];
    return { ...trimmed, role: mention.text.slice(words[i].index!, titleEnd.index! + titleEnd[0].length) };
  }
  return mention;
}
