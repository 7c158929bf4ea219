// Related articles for one stored article: the other copies of its text ("also at N outlets"),
// then its story, then articles similar by content and shared entities (src/dedup/related.ts does
// the scoring; this file gathers candidates from the store).
import type { Article, RelatedArticle } from '../core/types.ts';
import { relatedArticles, StoryClusterer, type RelatedCandidate } from '../dedup/index.ts';
import type { Store } from '../store/port.ts';

const SIMILAR_CANDIDATES = 30;
const ENTITY_CANDIDATES = 10;
const ENTITIES_CONSIDERED = 3;
const BODY_TERMS_FOR_SIMILARITY = 12;

export class RelatedFinder {
  private idf: ((term: string) => number) | undefined;
  private idfLoaded = false;

  constructor(private readonly store: Store) {}

  /** Term rarity from the clusterer's vocabulary, loaded once per finder. */
  private async rarity(): Promise<((term: string) => number) | undefined> {
    if (!this.idfLoaded) {
      this.idfLoaded = true;
      const vocabulary = await this.store.loadVocabulary();
      if (vocabulary) {
        const clusterer = StoryClusterer.restore([], vocabulary);
        this.idf = (term) => clusterer.idf(term);
      }
    }
    return this.idf;
  }

  async find(article: Article, limit = 8): Promise<RelatedArticle[]> {
    const group = article.duplicateOf ?? article.id;
    const story = article.storyId ? await this.store.getStory(article.storyId) : undefined;
    const copies = (story?.articles ?? []).filter((a) => a.id !== article.id && (a.duplicateOf ?? a.id) === group);

    const own = (await this.store.getFingerprints([article.id])).get(article.id);
    if (!own) return copies.map((c) => ({ id: c.id, title: c.title, source: c.source, publishedAt: c.publishedAt, reason: 'duplicate' }));
    const keys = [...own.titleTerms, ...own.terms.slice(0, BODY_TERMS_FOR_SIMILARITY)];
    const candidates = new Map<string, { storyId?: string; duplicateOf?: string }>();
    for (const member of story?.articles ?? []) candidates.set(member.id, { storyId: article.storyId, duplicateOf: member.duplicateOf });
    for (const hit of await this.store.similarArticles(keys, SIMILAR_CANDIDATES)) if (!candidates.has(hit.id)) candidates.set(hit.id, hit);
    const entityIds = [...new Set((article.entities ?? []).map((e) => e.entityId).filter((id): id is string => Boolean(id)))];
    for (const entityId of entityIds.slice(0, ENTITIES_CONSIDERED)) {
      for (const item of (await this.store.entityArticles(entityId, { limit: ENTITY_CANDIDATES })).items) {
        if (!candidates.has(item.id)) candidates.set(item.id, {});
      }
    }
    candidates.delete(article.id);
    const fingerprints = await this.store.getFingerprints([...candidates.keys()]);
    const target: RelatedCandidate = { id: article.id, storyId: article.storyId, duplicateOf: article.duplicateOf ?? null, fp: own, entityIds };
    const pool: RelatedCandidate[] = [];
    for (const [id, meta] of candidates) {
      const fp = fingerprints.get(id);
      if (fp) pool.push({ id, storyId: meta.storyId, duplicateOf: meta.duplicateOf ?? null, fp });
    }
    const scored = relatedArticles(target, pool, { limit, idf: await this.rarity() });
    const related: RelatedArticle[] = copies.map((c) => ({ id: c.id, title: c.title, source: c.source, publishedAt: c.publishedAt, reason: 'duplicate' }));
    for (const item of scored) {
      const summary = await this.store.getArticle(item.id);
      if (!summary) continue;
      related.push({
        id: item.id, title: summary.title, source: summary.source, publishedAt: summary.publishedAt ?? summary.firstSeenAt,
        reason: item.reason === 'same-story' ? 'story' : 'similar', score: Math.round(item.score * 1000) / 1000,
      });
    }
    return related;
  }
}
