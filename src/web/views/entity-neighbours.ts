// Who is named beside an entity and what was said about it, read from its most recent articles.
// The store can answer both over the whole archive, but for an entity in thousands of articles
// those answers take hundreds of milliseconds of synchronous SQLite (a self-join over mentions, a
// scan of every quote); from a bounded sample of recent articles they take a few, and the page
// says the counts are over that sample.
import type { Article } from '../../core/types.ts';
import type { QuoteRecord } from '../../store/port.ts';

export interface Neighbour {
  id: string;
  /** How many of the sampled articles name both. */
  together: number;
}

export function namedBeside(articles: Article[], entityId: string, limit: number): Neighbour[] {
  const together = new Map<string, number>();
  for (const article of articles) {
    const ids = new Set((article.entities ?? []).map((m) => m.entityId).filter((id): id is string => Boolean(id)));
    if (!ids.has(entityId)) continue;
    for (const id of ids) if (id !== entityId) together.set(id, (together.get(id) ?? 0) + 1);
  }
  return [...together].map(([id, count]) => ({ id, together: count }))
    .sort((a, b) => b.together - a.together || a.id.localeCompare(b.id)).slice(0, limit);
}

/** Quotes whose words name the entity (a mention inside the quote's span), newest article first. */
export function quotesAbout(articles: Article[], entityId: string, limit: number): QuoteRecord[] {
  const found: QuoteRecord[] = [];
  for (const article of articles) {
    const mentions = (article.entities ?? []).filter((m) => m.entityId === entityId);
    for (const quote of article.quotes ?? []) {
      if (!mentions.some((m) => m.start >= quote.start && m.end <= quote.end)) continue;
      const record: QuoteRecord = {
        articleId: article.id, articleTitle: article.title, text: quote.text, start: quote.start, end: quote.end, direct: quote.direct,
      };
      if (article.source) record.source = article.source;
      const date = article.publishedAt ?? article.firstSeenAt;
      if (date) record.publishedAt = date;
      if (quote.cue) record.cue = quote.cue;
      if (quote.speaker) {
        const { text, entityId: speakerId, canonical, role } = quote.speaker;
        record.speaker = { text, ...(speakerId ? { entityId: speakerId } : {}), ...(canonical ? { canonical } : {}), ...(role ? { role } : {}) };
      }
      found.push(record);
    }
  }
  return found.slice(0, limit);
}
