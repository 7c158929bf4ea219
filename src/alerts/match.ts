// Does an article match an alert? The same answer `store.search` would give, computed in memory
// for one new article at a time, so matching never queries the index:
//   - the article's index text is what the pipeline indexes (src/pipeline/process.ts prepareForStore):
//     search keys of the title, and of the standfirst and body;
//   - keys are cut into tokens where SQLite FTS5's unicode61 tokenizer cuts them (the PostgreSQL
//     index cuts them there too, src/store/postgres/search-index.ts);
//   - the query means what the stores make of it (src/search/query.ts toFtsMatch): every term and
//     phrase present, no excluded one; a phrase is consecutive tokens within the title or within
//     the body, never running from one into the other.
import type { Article } from '../core/types.ts';
import { indexTerms } from '../search/index-terms.ts';
import { isEmptyQuery, type ParsedQuery } from '../search/query.ts';

/** FTS5 unicode61's default token characters: categories L*, N* and Co; everything else separates. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

function tokensOf(keys: string): string[] {
  return keys.toLowerCase().match(TOKEN) ?? [];
}

/** A query ready to test articles against: token sequences that must, and must not, occur. */
export interface CompiledQuery {
  required: string[][];
  excluded: string[][];
}

/** undefined when the query can match nothing (as the stores answer it: no hits). */
export function compileQuery(query: ParsedQuery): CompiledQuery | undefined {
  if (isEmptyQuery(query)) return undefined;
  const required = [...query.terms.map(tokensOf), ...query.phrases.map((keys) => tokensOf(keys.join(' ')))];
  // A key with no token characters cannot occur in any row.
  if (required.some((tokens) => tokens.length === 0)) return undefined;
  const excluded = query.excluded.map((keys) => tokensOf(keys.join(' '))).filter((tokens) => tokens.length > 0);
  return { required, excluded };
}

/** One field's tokens with the positions of each. */
class FieldTokens {
  private readonly positions = new Map<string, number[]>();

  constructor(tokens: string[]) {
    tokens.forEach((token, i) => {
      const list = this.positions.get(token);
      if (list) list.push(i);
      else this.positions.set(token, [i]);
    });
  }

  holds(sequence: string[]): boolean {
    const starts = this.positions.get(sequence[0]);
    if (!starts) return false;
    if (sequence.length === 1) return true;
    const rest = sequence.slice(1).map((token) => this.positions.get(token));
    if (rest.some((list) => list === undefined)) return false;
    const sets = rest.map((list) => new Set(list));
    return starts.some((start) => sets.every((set, j) => set.has(start + j + 1)));
  }
}

/** An article as the search index holds it. */
export class IndexedArticle {
  private readonly title: FieldTokens;
  private readonly body: FieldTokens;

  constructor(article: Pick<Article, 'title' | 'standfirst' | 'text'>) {
    this.title = new FieldTokens(tokensOf(indexTerms(article.title)));
    this.body = new FieldTokens(tokensOf(indexTerms([article.standfirst ?? '', article.text].join('\n\n'))));
  }

  holds(sequence: string[]): boolean {
    return this.title.holds(sequence) || this.body.holds(sequence);
  }

  matches(query: CompiledQuery): boolean {
    return query.required.every((s) => this.holds(s)) && !query.excluded.some((s) => this.holds(s));
  }
}

/** The alert's entity condition: no entity, or a mention of it. */
export function mentionsEntity(article: Pick<Article, 'entities'>, entityId: string | undefined): boolean {
  return entityId === undefined || (article.entities ?? []).some((mention) => mention.entityId === entityId);
}
