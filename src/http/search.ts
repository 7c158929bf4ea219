// Search as the API and the reader both need it: the query, the outlet/date filters, an entity
// filter, and hit counts per outlet. The Store port ranks; this module composes what the port does
// not do in one call yet (see the notes on each method), and keeps recent answers for as long as
// the Cache-Control we send already lets any client keep them.
import { highlightKeys, isEmptyQuery, parseQuery, type ParsedQuery } from '../search/query.ts';
import { searchArchive, type SearchHit } from '../search/service.ts';
import { snippetMaker } from '../search/snippet.ts';
import type { RankedHit, SearchOptions, SourceCount, Store } from '../store/port.ts';
import { RememberingCache } from './ttl-cache.ts';

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
  /** Hits per outlet for the query and dates, when the store counted them while ranking (see facets). */
  outlets?: SourceCount[];
}

export interface OutletFacets {
  /** Outlets with at least one hit, most hits first; undefined when counting would cost too much. */
  counts?: SourceCount[];
}

/** How many hits the entity filter looks through, and how many of the entity's articles. */
export const ENTITY_FILTER_WINDOW = 1000;

/** Hits counted per outlet at most; a query with more gets its outlets listed without counts. */
export const FACET_COUNT_MAX = 1000;

/** As long as `Cache-Control: max-age=60` lets any client keep an answer. */
export const CACHE_TTL_MS = 60_000;

function toHit(item: RankedHit, snippet: (text: string) => string): SearchHit {
  return {
    id: item.id, title: item.title, source: item.source, url: item.url, publishedAt: item.publishedAt ?? item.firstSeenAt,
    score: Math.round(item.score * 1000) / 1000, snippet: snippet(item.text),
  };
}

function countBySource(hits: Array<{ source?: string }>): SourceCount[] {
  const counts = new Map<string, number>();
  for (const hit of hits) if (hit.source) counts.set(hit.source, (counts.get(hit.source) ?? 0) + 1);
  return [...counts].map(([source, articles]) => ({ source, articles }))
    .sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source));
}

/** Equal for queries that search the same keys, however they were spelled. */
function queryKey(query: ParsedQuery, params: Partial<FilteredSearch>): string {
  return JSON.stringify([query.terms, query.phrases, query.excluded, params.source ?? '', params.from ?? '', params.to ?? '',
    params.entity ?? '', params.page ?? 0, params.limit ?? 0]);
}

/** One per app: the caches belong to it, bounded, and live no longer than CACHE_TTL_MS. */
export class ArchiveSearch {
  private readonly answers = new RememberingCache<SearchAnswer>(500, CACHE_TTL_MS);
  private readonly facetCounts = new RememberingCache<OutletFacets>(500, CACHE_TTL_MS);
  private readonly outletList = new RememberingCache<SourceCount[]>(1, CACHE_TTL_MS);
  /** The last query parsed: a page asks search() and then facets() for the same text. */
  private lastParsed: { text: string; query: ParsedQuery } | undefined;

  constructor(private readonly store: Store) {}

  private parse(text: string): ParsedQuery {
    if (this.lastParsed?.text !== text) this.lastParsed = { text, query: parseQuery(text) };
    return this.lastParsed.query;
  }

  /** Outlets and their article counts: a grouping over the whole archive, so it is kept a minute. */
  sources(): Promise<SourceCount[]> {
    return this.outletList.remember('all', () => this.store.sources());
  }

  search(params: FilteredSearch): Promise<SearchAnswer> {
    const query = this.parse(params.q);
    return this.answers.remember(queryKey(query, params), async () => {
      const { limit, page, source, from, to, entity } = params;
      const offset = (page - 1) * limit;
      if (entity) return this.searchWithinEntity(query, entity, { limit, offset, source, from, to });
      // The facets that follow count at most FACET_COUNT_MAX hits: the store counts them while ranking when it can.
      const result = await searchArchive(this.store, query, { limit, offset, source, from, to, outletCountsUpTo: FACET_COUNT_MAX });
      return result.outlets ? { total: result.total, hits: result.hits, outlets: result.outlets } : { total: result.total, hits: result.hits };
    });
  }

  /**
   * The Store port has no entity filter on search yet, so this intersects the query's best-ranked
   * hits with the entity's most recent articles, each bounded by ENTITY_FILTER_WINDOW. Exact for
   * all but the largest result sets; `truncated` says when it may not be.
   */
  private async searchWithinEntity(query: ParsedQuery, entityId: string, options: SearchOptions): Promise<SearchAnswer> {
    if (isEmptyQuery(query)) return { total: 0, hits: [] };
    const [mentioning, ranked] = await Promise.all([
      this.store.entityArticles(entityId, { limit: ENTITY_FILTER_WINDOW }),
      this.store.search(query, { ...options, limit: ENTITY_FILTER_WINDOW, offset: 0 }),
    ]);
    const ids = new Set(mentioning.items.map((a) => a.id));
    const kept = ranked.items.filter((hit) => ids.has(hit.id));
    const snippet = snippetMaker(highlightKeys(query));
    const offset = options.offset ?? 0;
    const hits = kept.slice(offset, offset + (options.limit ?? 10)).map((item) => toHit(item, snippet));
    const truncated = mentioning.total > mentioning.items.length || ranked.total > ranked.items.length;
    return truncated ? { total: kept.length, hits, truncated } : { total: kept.length, hits };
  }

  /**
   * Hits per outlet for the query and date filters, ignoring any outlet filter so the other outlets
   * stay visible: counted from the page when it holds every hit, else taken from the answer when the
   * store counted them while ranking (answer.outlets), else counted by the store in a pass of their own.
   */
  async facets(params: FilteredSearch, answer: SearchAnswer): Promise<OutletFacets> {
    const query = this.parse(params.q);
    if (isEmptyQuery(query) || params.entity) return {};
    return this.facetCounts.remember(queryKey(query, { from: params.from, to: params.to }), async () => {
      if (!params.source && params.page === 1 && answer.hits.length === answer.total) return { counts: countBySource(answer.hits) };
      // Counting means reading every hit's row: past this many the page lists the outlets without counts.
      if (answer.total > FACET_COUNT_MAX && !params.source) return {};
      // Counted with no outlet filter (the store never counts them under one), as searchFacets counts.
      const counts = answer.outlets ?? await this.store.searchFacets(query, { from: params.from, to: params.to });
      return { counts: counts.filter((f) => f.source !== '' && f.articles > 0) };
    });
  }
}
