// After tagging, for readers rather than for ANERcorp's conventions (the CoNLL scores do not include
// these steps): an organisation keeps the head word it is named with (حكومة الوفاق, تنظيم داعش); a
// name of several words, found once, is found again wherever the article repeats it; the short
// names outlets use for well-known organisations (داعش, افريكوم) are organisations; a currency is
// not a name.
import type { EntityMention } from '../../core/types.ts';
import { ORGANISATION_ALIASES } from './acronyms.ts';
import { foldWord } from './normalize.ts';
import { tokenContaining, type WordEvidence } from './propagate.ts';
import type { Token } from './tokenize.ts';
import { CURRENCY_WORDS, ORGANISATION_NAME_HEADS } from './vocabulary.ts';

const ARTICLE = 'ال';
const HEADS: ReadonlySet<string> = new Set(ORGANISATION_NAME_HEADS.map(foldWord));
const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_WORDS.map(foldWord));
/** One-word short names of organisations (acronyms.ts), folded, with and without the article. */
const ONE_WORD_ALIASES: ReadonlySet<string> = new Set(ORGANISATION_ALIASES.flatMap((names) => names)
  .map(foldWord).filter((name) => !name.includes(' ')).flatMap((name) => [name, withoutArticle(name)]));
/** Longest phrase repeated by consistency, in tokens. */
const MAX_PHRASE = 8;

export function completeOrganisations(text: string, tokens: readonly Token[], mentions: EntityMention[], evidence: WordEvidence): EntityMention[] {
  const keyAt = (i: number) => evidence.factsAt(i).key;
  const kept = mentions.filter((m) => !(m.type === 'MISC' && isOneToken(tokens, m) && CURRENCIES.has(withoutArticle(keyAt(tokenContaining(tokens, m.start))))));
  const covered = new Uint8Array(tokens.length);
  for (const m of kept) for (let i = tokenContaining(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) covered[i] = 1;
  const startAt = (i: number) => tokens[i].start + evidence.factsAt(i).clitic;
  const out = kept.map((mention) => {
    const first = tokenContaining(tokens, mention.start);
    const head = first - 1;
    if (mention.type !== 'ORG' || head < 0 || covered[head] || !HEADS.has(keyAt(head)) || !onlySpaceBetween(text, tokens[head].end, mention.start)) return mention;
    covered[head] = 1;
    return { ...mention, text: text.slice(startAt(head), mention.end), start: startAt(head) };
  });
  const phrases = repeatablePhrases(tokens, out, keyAt);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const phrase = phraseAt(i, phrases.get(keyAt(i)), keyAt, covered);
    const length = phrase ? phrase.rest.length + 1 : ONE_WORD_ALIASES.has(keyAt(i)) ? 1 : 0;
    if (length === 0) continue;
    const end = tokens[i + length - 1].end;
    out.push({ text: text.slice(startAt(i), end), type: phrase?.type ?? 'ORG', start: startAt(i), end });
    covered.fill(1, i, i + length);
  }
  return out.length === kept.length && out.every((m, k) => m === kept[k]) ? kept : out.sort((a, b) => a.start - b.start);
}

interface Phrase {
  /** The folded words after the first. */
  rest: string[];
  type: EntityMention['type'];
}

/** Names of several words that are not people, by their first word, longest first. */
function repeatablePhrases(tokens: readonly Token[], mentions: readonly EntityMention[], keyAt: (i: number) => string): Map<string, Phrase[]> {
  const phrases = new Map<string, Phrase[]>();
  for (const mention of mentions) {
    if (mention.type === 'PER') continue;
    const first = tokenContaining(tokens, mention.start);
    const last = tokenContaining(tokens, mention.end - 1);
    if (last === first || last - first >= MAX_PHRASE) continue;
    const rest: string[] = [];
    for (let i = first + 1; i <= last; i++) rest.push(keyAt(i));
    const list = phrases.get(keyAt(first)) ?? [];
    if (!list.some((p) => p.rest.join(' ') === rest.join(' '))) list.push({ rest, type: mention.type });
    phrases.set(keyAt(first), list.sort((a, b) => b.rest.length - a.rest.length));
  }
  return phrases;
}

/** The longest phrase that starts at token `i` over tokens nobody covers yet. */
function phraseAt(i: number, candidates: readonly Phrase[] | undefined, keyAt: (i: number) => string, covered: Uint8Array): Phrase | undefined {
  return candidates?.find((phrase) => i + phrase.rest.length < covered.length
    && phrase.rest.every((word, k) => !covered[i + 1 + k] && keyAt(i + 1 + k) === word));
}

function isOneToken(tokens: readonly Token[], mention: EntityMention): boolean {
  return tokenContaining(tokens, mention.start) === tokenContaining(tokens, mention.end - 1);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^[ \u00a0]+$/.test(text.slice(from, to));
}

function withoutArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length > 4 ? word.slice(2) : word;
}
