// What the article page shows beyond the article itself, composed from the Store port: the story
// it belongs to, the copy it duplicates, the other outlets that carry the same text, and related
// articles. Each part is optional; the page shows what exists.
import type { Article, RelatedArticle } from '../../core/types.ts';
import type { StoryArticle, StoryDetail, Store } from '../../store/port.ts';

export interface ArticleView {
  article: Article;
  story?: StoryDetail;
  /** The earliest copy of this text, when this article duplicates it. */
  original?: StoryArticle;
  /** Other articles carrying the same text (the original and its other copies), earliest first. */
  copies: StoryArticle[];
  /** Outlets other than this article's that carry the same text. */
  otherOutlets: string[];
  related: RelatedArticle[];
}

const MAX_RELATED = 6;

function summaryOf(article: Article): StoryArticle {
  const summary: StoryArticle = { id: article.id, title: article.title };
  if (article.url) summary.url = article.url;
  if (article.source) summary.source = article.source;
  const date = article.publishedAt ?? article.firstSeenAt;
  if (date) summary.publishedAt = date;
  return summary;
}

/** Reads a story; the reader passes its remembered stories (archive-views.ts). */
export type StoryReader = (id: string) => Promise<StoryDetail | undefined>;
/** Finds related articles as /api/articles/:id/related does; the reader passes its remembered lists. */
export type RelatedReader = (article: Article) => Promise<RelatedArticle[]>;

export async function articleView(store: Store, article: Article, readStory: StoryReader = (id) => store.getStory(id),
  findRelated?: RelatedReader): Promise<ArticleView> {
  const story = article.storyId ? await readStory(article.storyId) : undefined;
  const root = article.duplicateOf ?? article.id;
  const inStory = story?.articles ?? [];
  const copies = inStory.filter((a) => a.id !== article.id && (a.id === root || a.duplicateOf === root));
  let original: StoryArticle | undefined;
  if (article.duplicateOf) {
    original = inStory.find((a) => a.id === article.duplicateOf);
    if (!original) {
      const stored = await store.getArticle(article.duplicateOf);
      if (stored) {
        original = summaryOf(stored);
        copies.unshift(original);
      }
    }
  }
  const otherOutlets = [...new Set(copies.map((c) => c.source).filter((s): s is string => Boolean(s) && s !== article.source))];
  const copyIds = new Set(copies.map((c) => c.id));
  // What the related page finds (the copies aside: they have their own notice), then the rest of
  // the story, which the finder leaves out when the article has no fingerprint to compare.
  const found = findRelated ? await findRelated(article) : article.related ?? [];
  const fromStory = inStory.map((a): RelatedArticle => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, reason: 'story' }));
  const seen = new Set([article.id, ...copyIds]);
  const related: RelatedArticle[] = [];
  for (const candidate of [...found, ...fromStory]) {
    if (related.length === MAX_RELATED) break;
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    related.push(candidate);
  }
  return { article, story, original, copies, otherOutlets, related };
}
