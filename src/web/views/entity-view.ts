// Everything the entity page shows. Counts, timeline, quotes by it and its latest articles come
// from the store; who is named beside it and what was said about it are read from its most recent
// articles (entity-neighbours.ts says why).
import type { Article } from '../../core/types.ts';
import type { ArticleSummary, CoMention, EntitySummary, Page, QuoteRecord, Store, TimelinePoint } from '../../store/port.ts';
import { namedBeside, quotesAbout } from './entity-neighbours.ts';

export interface EntityView {
  entity: EntitySummary;
  timeline: TimelinePoint[];
  coMentions: CoMention[];
  quotesBy: Page<QuoteRecord>;
  quotesAbout: QuoteRecord[];
  articles: Page<ArticleSummary>;
  /** How many recent articles co-mentions and quotes about it were read from. */
  sampled: number;
}

/** Enough to show who an entity keeps company with; few enough to read in milliseconds. */
export const SAMPLED_ARTICLES = 25;
const QUOTES_SHOWN = 10;
/** Quotes read to choose the shown ones from, so one long interview does not fill the list. */
const QUOTES_READ = 40;
const QUOTES_PER_ARTICLE = 2;
const ARTICLES_SHOWN = 10;
const CO_MENTIONS_SHOWN = 15;

/**
 * Newest first, at most QUOTES_PER_ARTICLE from any one article while others wait; the rest fill
 * up to `shown` only when there are no others (the first seven on a page all came from one article).
 */
export function spreadOverArticles(quotes: QuoteRecord[], shown: number): QuoteRecord[] {
  const perArticle = new Map<string, number>();
  const first: QuoteRecord[] = [];
  const later: QuoteRecord[] = [];
  for (const quote of quotes) {
    const seen = perArticle.get(quote.articleId) ?? 0;
    perArticle.set(quote.articleId, seen + 1);
    (seen < QUOTES_PER_ARTICLE ? first : later).push(quote);
  }
  const chosen = new Set([...first, ...later].slice(0, shown));
  return quotes.filter((q) => chosen.has(q));
}

export async function entityView(store: Store, id: string): Promise<EntityView | undefined> {
  const entity = await store.getEntity(id);
  if (!entity) return undefined;
  const [timeline, quotesBy, recent] = await Promise.all([
    store.entityTimeline(id),
    store.listQuotes({ entityId: id, limit: QUOTES_READ }),
    store.entityArticles(id, { limit: SAMPLED_ARTICLES }),
  ]);
  const articles = (await Promise.all(recent.items.map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== undefined);
  const neighbours = namedBeside(articles, id, CO_MENTIONS_SHOWN);
  const summaries = await Promise.all(neighbours.map((n) => store.getEntity(n.id)));
  const coMentions = neighbours.flatMap((n, i) => (summaries[i] ? [{ ...summaries[i]!, together: n.together }] : []));
  return {
    entity, timeline, coMentions,
    quotesBy: { total: quotesBy.total, items: spreadOverArticles(quotesBy.items, QUOTES_SHOWN) },
    quotesAbout: quotesAbout(articles, id, QUOTES_SHOWN),
    articles: { total: recent.total, items: recent.items.slice(0, ARTICLES_SHOWN) },
    sampled: articles.length,
  };
}
