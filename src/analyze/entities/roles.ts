// The title before a name is a role, not part of the name: "الجنرال والدهاوسير" is the person
// والدهاوسير in the role الجنرال; "القائم بالأعمال الأميركية ستيفاني وليامز" keeps the adjective.
import { foldWord } from './normalize.ts';
import type { Token } from './tokenize.ts';
import { ROLE_TITLES } from './vocabulary.ts';

const TITLE_WORDS: ReadonlyArray<readonly string[]> = [...new Set(ROLE_TITLES.map(foldWord))]
  .map((title) => title.split(' '))
  .sort((a, b) => b.length - a.length);
const CONJUNCTION_PREFIX = /^[وف](?=ال)/;
/** Words between a title and the name: nationality and other ال- adjectives, at most this many. */
const MAX_WORDS_AFTER_TITLE = 3;

/** The role written just before token `first` (a mention's first token), or undefined. */
export function roleBefore(text: string, tokens: readonly Token[], first: number): string | undefined {
  for (let gap = 0; gap <= MAX_WORDS_AFTER_TITLE; gap++) {
    const titleEnd = first - gap;
    for (const title of TITLE_WORDS) {
      const titleStart = titleEnd - title.length;
      if (titleStart < 0) continue;
      const matches = title.every((word, i) => foldWord(tokens[titleStart + i].text).replace(CONJUNCTION_PREFIX, '') === word);
      if (!matches) continue;
      const between = tokens.slice(titleEnd, first);
      if (!between.every((token) => foldWord(token.text).startsWith('ال') || between.length <= 1)) continue;
      const startToken = tokens[titleStart];
      const skip = CONJUNCTION_PREFIX.test(foldWord(startToken.text)) ? 1 : 0;
      return text.slice(startToken.start + skip, tokens[first - 1].end);
    }
    if (titleEnd - 1 < 0) break;
  }
  return undefined;
}
