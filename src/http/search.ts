// Search as the API and the reader both need it: the query, the outlet/date filters, an entity
// filter, and facet counts per outlet. The Store port ranks; this module composes what the port
// does not do in one call yet (see the notes on each function).
import { highlightKeys, isEmptyQuery, parseQuery, type ParsedQuery } from '../search/query.ts';
import { searchArchive, type SearchHit } from '../search/service.ts';
import { makeSnippet } from '../search/snippet.ts';
import type { SearchOptions, SourceCount, Store } from '../store/port.ts';
import type { TtlCache } from './ttl-cache.ts';

export interface FilteredSearch {
  q: string;
  limit: number;
  page: number;
  source?: string;
  from?: string;
  to?: string;
  entity?: string;
}

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  /** True when the entity filter could only look at the best-ranked hits (see searchWithinEntity). */
  truncated?: boolean;
}

/** How many hits the entity filter looks through, and how many of the entity's articles. */
export const ENTITY_FILTER_WINDOW = 1000;

export async function searchWithFilters(store: Store, params: FilteredSearch): Promise<SearchAnswer> {
  const { q, limit, page, source, from, to, entity } = params;
  const offset = (page - 1) * limit;
  if (entity) return searchWithinEntity(store, parseQuery(q), entity, { limit, offset, source, from, to });
  const result = await searchArchive(store, q, { limit, offset, source, from, to });
  return { total: result.total, hits: result.hits };
}

/**
 * The Store port has no entity filter on search yet, so this intersects the query's best-ranked
 * hits with the entity's most recent articles, each bounded by ENTITY_FILTER_WINDOW. Exact for
 * all but the largest result sets; `truncated` says when it may not be.
 */
async function searchWithinEntity(store: Store, query: ParsedQuery, entityId: string, options: SearchOptions): Promise<SearchAnswer> {
  if (isEmptyQuery(query)) return { total: 0, hits: [] };
  const [mentioning, ranked] = await Promise.all([
    store.entityArticles(entityId, { limit: ENTITY_FILTER_WINDOW }),
    store.search(query, { ...options, limit: ENTITY_FILTER_WINDOW, offset: 0 }),
  ]);
  const ids = new Set(mentioning.items.map((a) => a.id));
  const kept = ranked.items.filter((hit) => ids.has(hit.id));
  const keys = highlightKeys(query);
  const offset = options.offset ?? 0;
  const hits = kept.slice(offset, offset + (options.limit ?? 10)).map((item): SearchHit => ({
    id: item.id, title: item.title, source: item.source, url: item.url, publishedAt: item.publishedAt ?? item.firstSeenAt,
    score: Math.round(item.score * 1000) / 1000, snippet: makeSnippet(item.text, keys),
  }));
  const truncated = mentioning.total > mentioning.items.length || ranked.total > ranked.items.length;
  return truncated ? { total: kept.length, hits, truncated } : { total: kept.length, hits };
}

/** A store that can count a query's hits per outlet in one pass (a method the port may grow). */
interface FacetingStore {
  searchFacets(query: ParsedQuery, options?: SearchOptions): Promise<SourceCount[]>;
}

function canFacet(store: Store): store is Store & FacetingStore {
  return typeof (store as Partial<FacetingStore>).searchFacets === 'function';
}

/**
 * Counting per outlet by running the query once per outlet costs one full match per outlet; past
 * this many hits that is slower than the search itself, and the page shows outlets without counts.
 */
export const COMPOSED_FACETS_MAX_HITS = 400;

export interface OutletFacets {
  /** Outlets with at least one hit, most hits first; undefined when counting would cost too much. */
  counts?: SourceCount[];
}

/**
 * Hits per outlet for the query and date filters (ignoring any outlet filter, so the other outlets
 * stay visible). Uses the store's own facet count when it has one; otherwise composes it from
 * per-outlet searches when the result set is small. Cached per query, since paging repeats it.
 */
export async function outletFacets(
  store: Store, params: FilteredSearch, total: number, cache: TtlCache<OutletFacets>,
): Promise<OutletFacets> {
  const query = parseQuery(params.q);
  if (isEmptyQuery(query) || params.entity) return {};
  const key = JSON.stringify([query.terms, query.phrases, query.excluded, params.from ?? '', params.to ?? '']);
  const cached = cache.get(key);
  if (cached) return cached;
  const options: SearchOptions = { from: params.from, to: params.to };
  let facets: OutletFacets;
  if (canFacet(store)) {
    facets = { counts: (await store.searchFacets(query, options)).filter((f) => f.articles > 0) };
  } else if (params.source === undefined && total > COMPOSED_FACETS_MAX_HITS) {
    facets = {};
  } else {
    const outlets = (await store.sources()).filter((s) => s.source !== '');
    const counts: SourceCount[] = [];
    for (const outlet of outlets) {
      const { total: hits } = await store.search(query, { ...options, source: outlet.source, limit: 0 });
      if (hits > 0) counts.push({ source: outlet.source, articles: hits });
      // Filtered to one outlet, the unfiltered total is unknown until counted: stop paying when it is large.
      if (counts.reduce((sum, c) => sum + c.articles, 0) > COMPOSED_FACETS_MAX_HITS) { counts.length = 0; break; }
    }
    facets = counts.length > 0 ? { counts: counts.sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source)) } : {};
  }
  cache.set(key, facets);
  return facets;
}
