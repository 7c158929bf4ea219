// Near-duplicates and stories at ingest: the single writer places each new article into a
// duplicate group and a story, incrementally (no recomputation), and hands the store what changed
// so it is written in the same transaction as the batch. The engine (src/dedup) resumes from the
// state the store kept, so a later ingest continues the same groups and stories.
import type { Article } from '../core/types.ts';
import { RECENT_DETAILS } from '../dedup/config.ts';
import { DuplicateIndex, StoryClusterer, fingerprint, type DedupInput, type StoryState } from '../dedup/index.ts';
import type { ArticleToStore, BatchExtras, Store } from '../store/port.ts';

/** The vocabulary (document frequencies) is saved every this many batches, and at the end. */
const SAVE_VOCABULARY_EVERY = 20;

export function dedupInput(article: Article): DedupInput {
  const entityIds = article.entities?.map((e) => e.entityId).filter((id): id is string => Boolean(id));
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    source: article.source,
    publishedAt: article.publishedAt,
    firstSeenAt: article.firstSeenAt ?? new Date().toISOString(),
    entityIds: entityIds && entityIds.length > 0 ? [...new Set(entityIds)] : undefined,
  };
}

export class ArchiveClustering {
  private batches = 0;

  private constructor(
    private readonly store: Store,
    private readonly duplicates: DuplicateIndex,
    private readonly stories: StoryClusterer,
    private readonly recentDetails: number,
  ) {}

  /** `recentDetails`: how many articles' exact duplicate details stay in memory (RECENT_DETAILS). */
  static async open(store: Store, { recentDetails = RECENT_DETAILS }: { recentDetails?: number } = {}): Promise<ArchiveClustering> {
    const state = await store.loadClusteringState();
    return new ArchiveClustering(store, DuplicateIndex.restore(state.articles), StoryClusterer.restore(state.stories, state.vocabulary), recentDetails);
  }

  /**
   * Decides duplicateOf and storyId for new articles (in input order, so the earliest publisher is
   * settled the same way however the input was split into batches) and returns the batch extras.
   * The duplicate index holds exact details of recent articles only: those of older ones it may
   * compare with are read from the store first (stored fingerprints of earlier batches).
   */
  async place(items: ArticleToStore[]): Promise<BatchExtras> {
    const batch = items.map((item) => {
      item.fingerprint ??= fingerprint(dedupInput(item.article));
      return { id: item.article.id, fp: item.fingerprint };
    });
    this.duplicates.trimDetails(this.recentDetails);
    const missing = this.duplicates.detailsToLoad(batch);
    if (missing.length > 0) this.duplicates.supplyFingerprints(await this.store.getFingerprints(missing));
    const touched = new Set<string>();
    const reassigned: BatchExtras['reassigned'] = [];
    for (const item of items) {
      const { article } = item;
      const input = dedupInput(article);
      const fp = item.fingerprint!;
      const match = this.duplicates.add(input, fp);
      if (match && match.duplicateOf !== article.id) {
        article.duplicateOf = match.duplicateOf;
        item.duplicateSimilarity = Math.round(match.similarity * 1000) / 1000;
      }
      for (const id of match?.reassigned ?? []) reassigned.push({ id, duplicateOf: article.id });
      const story = this.stories.assign(input, fp, { duplicateOf: match?.matchedId });
      article.storyId = story.storyId;
      touched.add(story.storyId);
    }
    const stories = [...touched].map((id) => this.stories.story(id)).filter((s): s is StoryState => s !== undefined);
    return { stories, reassigned };
  }

  /** Called after each batch is written; saves the vocabulary now and then. */
  async afterBatch(): Promise<void> {
    if (++this.batches % SAVE_VOCABULARY_EVERY === 0) await this.store.saveVocabulary(this.stories.vocabulary());
  }

  async finish(): Promise<void> {
    if (this.batches > 0) await this.store.saveVocabulary(this.stories.vocabulary());
  }
}
