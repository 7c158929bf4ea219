// The PostgreSQL search index, built from OUR search-profile keys (src/search/index-terms.ts), never
// from PostgreSQL's own text parser: the keys are cut into tokens exactly where SQLite's FTS5
// unicode61 tokenizer cuts them (letters, digits and private-use characters are token characters,
// everything else separates), so both stores count the same tokens and rank alike.
//   title tokens → tsvector positions 1…T, weight A
//   body tokens  → positions T+2…, weight D (the gap keeps a phrase from running from title into body)
// The tsvector and tsquery are written as their literal input forms and sent as bound parameters.
// Beside the tsvector (matching, phrases), a small map of BM25 term frequencies (ranking): counted
// here, from all the tokens, so tsvector's limits (256 positions a lexeme) never touch the scores.
import { isEmptyQuery, type ParsedQuery } from '../../search/query.ts';
import { MarsadError } from '../../core/errors.ts';

/** Title terms weigh more than body terms in BM25, as in the SQLite store. */
export const TITLE_WEIGHT = 3;
export const BODY_WEIGHT = 1;

/** FTS5 unicode61's default token characters: categories L*, N* and Co. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
/** tsvector limits (PostgreSQL's tsvector.h): positions are 14 bits, a lexeme keeps 256 of them. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2046;
/** Stay well under tsvector's 1 MB; an article this large has its tail left out of the index. */
const MAX_VECTOR_CHARS = 900_000;

export function tokens(keys: string): string[] {
  return (keys.toLowerCase().match(TOKEN) ?? []).filter((t) => Buffer.byteLength(t) <= MAX_LEXEME_BYTES);
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

export interface IndexedTerms {
  /** tsvector literal. */
  vector: string;
  /** Title plus body tokens: the row length BM25 uses. */
  length: number;
  /** JSON object: token → TITLE_WEIGHT × title count + BODY_WEIGHT × body count, for tokens where that is not 1. */
  frequencies: string;
}

export function indexedTerms(titleTerms: string, bodyTerms: string): IndexedTerms {
  const title = tokens(titleTerms);
  const body = tokens(bodyTerms);
  const positions = new Map<string, string[]>();
  const add = (token: string, position: number, weight: string) => {
    if (position > MAX_POSITION) return;
    let list = positions.get(token);
    if (!list) positions.set(token, (list = []));
    if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
  };
  title.forEach((token, i) => add(token, i + 1, 'A'));
  const bodyStart = title.length + 2;
  body.forEach((token, i) => add(token, bodyStart + i, ''));
  // Most tokens occur once, in the body (frequency 1): the map leaves them out, ranking assumes 1.
  const weighted = new Map<string, number>();
  for (const token of title) weighted.set(token, (weighted.get(token) ?? 0) + TITLE_WEIGHT);
  for (const token of body) weighted.set(token, (weighted.get(token) ?? 0) + BODY_WEIGHT);
  const frequencies: Record<string, number> = {};
  for (const [token, frequency] of weighted) if (frequency !== 1) frequencies[token] = frequency;
  const parts: string[] = [];
  let size = 0;
  for (const [lexeme, list] of positions) {
    const part = `${quoteLexeme(lexeme)}:${list.join(',')}`;
    size += part.length + 1;
    if (size > MAX_VECTOR_CHARS) break;
    parts.push(part);
  }
  return { vector: parts.join(' '), length: title.length + body.length, frequencies: JSON.stringify(frequencies) };
}

export interface ScoredPhrase {
  tokens: string[];
  /** tsquery literal of the phrase alone: counts the rows that hold it (its IDF), tests a row for it. */
  query: string;
}

export interface SearchPlan {
  /** tsquery literal that selects the matching rows. */
  match: string;
  /**
   * The phrases BM25 sums over: the terms and phrases of the query. (FTS5 also counts the
   * excluded ones, but a matching row never holds them: they add nothing.)
   */
  scored: ScoredPhrase[];
  /** 'all': every scored phrase is in every matching row; 'any': a row holds some of them. */
  mode: 'all' | 'any';
}

function phraseQuery(phraseTokens: string[]): string {
  const inner = phraseTokens.map(quoteLexeme).join(' <-> ');
  return phraseTokens.length > 1 ? `(${inner})` : inner;
}

function scored(phrases: string[][]): ScoredPhrase[] {
  return phrases.map((t) => ({ tokens: t, query: phraseQuery(t) }));
}

/** The search as FTS5 reads `("a" AND "b c") NOT "d"`: each key becomes its tokens, a phrase if several. */
export function searchPlan(query: ParsedQuery): SearchPlan | undefined {
  if (isEmptyQuery(query)) {
    throw new MarsadError('bad_query', 'the query has no words to search for (exclusions alone match nothing)');
  }
  const positive = [...query.terms.map((key) => tokens(key)), ...query.phrases.map((keys) => tokens(keys.join(' ')))];
  const negative = query.excluded.map((keys) => tokens(keys.join(' '))).filter((t) => t.length > 0);
  // A key with no token characters at all cannot match anything, in FTS5 or here.
  if (positive.length === 0 || positive.some((t) => t.length === 0)) return undefined;
  const match = [...positive.map(phraseQuery), ...negative.map((t) => `!${phraseQuery(t)}`)].join(' & ');
  return { match, scored: scored(positive), mode: 'all' };
}

/** Rows holding ANY of the keys (as FTS5 reads `"a" OR "b"`), ranked by the same BM25: candidates for "related". */
export function anyKeyPlan(keys: string[]): SearchPlan | undefined {
  const phrases = keys.map((key) => tokens(key)).filter((t) => t.length > 0);
  if (phrases.length === 0) return undefined;
  return { match: phrases.map(phraseQuery).join(' | '), scored: scored(phrases), mode: 'any' };
}
