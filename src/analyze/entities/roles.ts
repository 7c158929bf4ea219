// The title before a name is a role, not part of the name: "الجنرال والدهاوسير" is the person
// والدهاوسير in the role الجنرال; "القائم بالأعمال الأميركية ستيفاني وليامز" keeps the adjective.
import { foldWord } from './normalize.ts';
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
