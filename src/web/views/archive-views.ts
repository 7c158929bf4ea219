// The views that cost the archive most to compose — the home page (stories of the day and the
// week), an entity's page, a story with all its articles, related articles — remembered per app for the max-age
// the pages are sent with. SQLite answers synchronously, so one slow view blocks every other
// request while it runs: computing it once for a crowd, not once per reader, keeps the server
// responsive. Unknown ids are not remembered (they are cheap, and would only push out real views).
import { CACHE_TTL_MS } from '../../http/search.ts';
import { RememberingCache } from '../../http/ttl-cache.ts';
import type { Article, RelatedArticle } from '../../core/types.ts';
import { RelatedFinder } from '../../pipeline/related.ts';
import type { Store, StoryDetail } from '../../store/port.ts';
import { entityView, type EntityView } from './entity-view.ts';
import { homeView, type HomeView } from './home-view.ts';

const ENTITY_VIEWS = 200;
/** Every article page of a story reads the whole story (up to a hundred articles and more). */
const STORIES = 500;

/** Related articles by content take tens of milliseconds to score: kept for each article read. */
const RELATED_LISTS = 2000;

class Missing extends Error {}

export class ArchiveViews {
  private readonly homes = new RememberingCache<HomeView>(1, CACHE_TTL_MS);
  private readonly entities = new RememberingCache<EntityView>(ENTITY_VIEWS, CACHE_TTL_MS);
  private readonly stories = new RememberingCache<StoryDetail>(STORIES, CACHE_TTL_MS);
  private readonly relatedLists = new RememberingCache<RelatedArticle[]>(RELATED_LISTS, CACHE_TTL_MS);
  private readonly finder: RelatedFinder;

  constructor(private readonly store: Store) {
    this.finder = new RelatedFinder(store);
  }

  /** The same related articles `marsad show` gives: copies, the story, then similar by content and entities. */
  related(article: Article): Promise<RelatedArticle[]> {
    return this.relatedLists.remember(article.id, () => this.finder.find(article));
  }

  home(): Promise<HomeView> {
    return this.homes.remember('home', () => homeView(this.store));
  }

  async story(id: string): Promise<StoryDetail | undefined> {
    try {
      return await this.stories.remember(id, async () => (await this.store.getStory(id)) ?? Promise.reject(new Missing(id)));
    } catch (error) {
      if (error instanceof Missing) return undefined;
      throw error;
    }
  }

  async entity(id: string): Promise<EntityView | undefined> {
    if (!(await this.store.getEntity(id))) return undefined;
    return this.entities.remember(id, async () => {
      const view = await entityView(this.store, id);
      if (!view) throw new Error(`entity ${id} disappeared while its page was composed`);
      return view;
    });
  }
}
