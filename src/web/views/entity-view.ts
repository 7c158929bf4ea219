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
const ARTICLES_SHOWN = 10;
const CO_MENTIONS_SHOWN = 15;

export async function entityView(store: Store, id: string): Promise<EntityView | undefined> {
  const entity = await store.getEntity(id);
  if (!entity) return undefined;
  const [timeline, quotesBy, recent] = await Promise.all([
    store.entityTimeline(id),
    store.listQuotes({ entityId: id, limit: QUOTES_SHOWN }),
    store.entityArticles(id, { limit: SAMPLED_ARTICLES }),
  ]);
  const articles = (await Promise.all(recent.items.map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== undefined);
  const neighbours = namedBeside(articles, id, CO_MENTIONS_SHOWN);
  const summaries = await Promise.all(neighbours.map((n) => store.getEntity(n.id)));
  const coMentions = neighbours.flatMap((n, i) => (summaries[i] ? [{ ...summaries[i]!, together: n.together }] : []));
  return {
    entity, timeline, coMentions, quotesBy,
    quotesAbout: quotesAbout(articles, id, QUOTES_SHOWN),
    articles: { total: recent.total, items: recent.items.slice(0, ARTICLES_SHOWN) },
    sampled: articles.length,
  };
}
