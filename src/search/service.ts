// Search as the CLI, the API and the reader all use it: parse the query, let the store rank,
// then cut highlighted snippets from display text.
import type { SearchOptions, SourceCount, Store } from '../store/port.ts';
import { highlightKeys, isEmptyQuery, parseQuery, type ParsedQuery } from './query.ts';
import { snippetMaker } from './snippet.ts';

export interface SearchHit {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  score: number;
  snippet: string;
}

export interface SearchResult {
  query: ParsedQuery;
  total: number;
  hits: SearchHit[];
  /** Hits per outlet, when options.outletCountsUpTo asked and the store counted them on the way. */
  outlets?: SourceCount[];
}

/** Takes the user's text, or a query already parsed from it (the web reader parses once a request). */
export async function searchArchive(store: Store, input: string | ParsedQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  if (isEmptyQuery(query)) return { query, total: 0, hits: [] };
  const page = await store.search(query, options);
  const snippet = snippetMaker(highlightKeys(query));
  const hits = page.items.map((item): SearchHit => ({
    id: item.id,
    title: item.title,
    source: item.source,
    url: item.url,
    publishedAt: item.publishedAt ?? item.firstSeenAt,
    score: Math.round(item.score * 1000) / 1000,
    snippet: snippet(item.text),
  }));
  return page.outlets ? { query, total: page.total, hits, outlets: page.outlets } : { query, total: page.total, hits };
}
