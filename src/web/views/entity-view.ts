// Everything the entity page shows, from the ArchiveReader half of the Store port.
import type { ArticleSummary, CoMention, EntitySummary, Page, QuoteRecord, Store, TimelinePoint } from '../../store/port.ts';

export interface EntityView {
  entity: EntitySummary;
  timeline: TimelinePoint[];
  coMentions: CoMention[];
  quotesBy: Page<QuoteRecord>;
  quotesAbout: Page<QuoteRecord>;
  articles: Page<ArticleSummary>;
}

const QUOTES_SHOWN = 10;
const ARTICLES_SHOWN = 10;
const CO_MENTIONS_SHOWN = 15;

export async function entityView(store: Store, id: string): Promise<EntityView | undefined> {
  const entity = await store.getEntity(id);
  if (!entity) return undefined;
  const [timeline, coMentions, quotesBy, quotesAbout, articles] = await Promise.all([
    store.entityTimeline(id),
    store.coMentions(id, CO_MENTIONS_SHOWN),
    store.listQuotes({ entityId: id, limit: QUOTES_SHOWN }),
    store.listQuotes({ aboutEntityId: id, limit: QUOTES_SHOWN }),
    store.entityArticles(id, { limit: ARTICLES_SHOWN }),
  ]);
  return { entity, timeline, coMentions, quotesBy, quotesAbout, articles };
}
