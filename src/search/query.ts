// Query parsing: the user's words become search-profile keys, so a query in any spelling
// (hamza or not, ة/ه, ى/ي, harakat, tatweel, و/ب/ل/ال) meets the same index terms.
//   word        must appear
//   "a b c"     phrase: these words in this order
//   -word       must not appear (also -"a phrase")
// Anything else (FTS5 operators, brackets, stray quotes) is treated as text, never as syntax:
// the FTS5 expression is built from our own keys, each one quoted.
import { MarsadError } from '../core/errors.ts';
import { isStopWord, searchTerms, toDisplay } from '../text/index.ts';

/** Longer queries are cut: nobody types more, and it bounds the work a hostile query can ask for. */
export const MAX_QUERY_CHARS = 1000;
const MAX_CLAUSES = 32;

export interface ParsedQuery {
  raw: string;
  /** Single required keys. */
  terms: string[];
  /** Required phrases, each a sequence of keys. */
  phrases: string[][];
  /** Excluded keys or phrases. */
  excluded: string[][];
}

interface RawClause {
  text: string;
  phrase: boolean;
  negated: boolean;
}

function splitClauses(input: string): RawClause[] {
  const clauses: RawClause[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) { i++; continue; }
    let negated = false;
    if (ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1])) { negated = true; i++; }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      // An unbalanced quote makes the rest of the query a phrase, which is what the user began to type.
      const end = close === -1 ? input.length : close;
      clauses.push({ text: input.slice(i + 1, end), phrase: true, negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]) && input[end] !== '"') end++;
    clauses.push({ text: input.slice(i, end), phrase: false, negated });
    i = end;
  }
  return clauses;
}

function keysOf(text: string): string[] {
  return searchTerms(text).map((t) => t.term).filter((k) => k.length > 0);
}

export function parseQuery(input: string): ParsedQuery {
  // NFC first: the search profile folds composed characters (a decomposed ؤ would fold wrongly).
  const raw = toDisplay(input.slice(0, MAX_QUERY_CHARS));
  const query: ParsedQuery = { raw, terms: [], phrases: [], excluded: [] };
  for (const clause of splitClauses(raw).slice(0, MAX_CLAUSES * 4)) {
    const keys = keysOf(clause.text);
    if (keys.length === 0) continue;
    if (clause.negated) query.excluded.push(keys);
    else if (clause.phrase && keys.length > 1) query.phrases.push(keys);
    else query.terms.push(...keys);
  }
  // Stop words add nothing to a bag-of-words query, but a query made only of them still means something.
  const content = query.terms.filter((k) => !isStopWord(k));
  if (content.length > 0 || query.phrases.length > 0) query.terms = content;
  query.terms = [...new Set(query.terms)].slice(0, MAX_CLAUSES);
  query.phrases = query.phrases.slice(0, MAX_CLAUSES);
  query.excluded = query.excluded.slice(0, MAX_CLAUSES);
  return query;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}

/** All keys a hit can be highlighted for. */
export function highlightKeys(query: ParsedQuery): Set<string> {
  return new Set([...query.terms, ...query.phrases.flat()]);
}

function quote(key: string): string {
  return `"${key.replaceAll('"', '')}"`;
}

/** The FTS5 MATCH expression. Every key is quoted, so no user text is ever read as FTS5 syntax. */
export function toFtsMatch(query: ParsedQuery): string {
  if (isEmptyQuery(query)) {
    throw new MarsadError('bad_query', 'the query has no words to search for (exclusions alone match nothing)');
  }
  const positive = [
    ...query.terms.map(quote),
    ...query.phrases.map((p) => quote(p.join(' '))),
  ].join(' AND ');
  const negative = query.excluded.map((p) => ` NOT ${quote(p.join(' '))}`).join('');
  return `(${positive})${negative}`;
}
