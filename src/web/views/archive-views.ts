// The views that cost the archive most to compose — the home page (stories of the day and the
// week) and an entity's page (co-mentions, quotes about it) — remembered per app for the max-age
// the pages are sent with. SQLite answers synchronously, so one slow view blocks every other
// request while it runs: computing it once for a crowd, not once per reader, keeps the server
// responsive. Unknown ids are not remembered (they are cheap, and would only push out real views).
import { CACHE_TTL_MS } from '../../http/search.ts';
import { RememberingCache } from '../../http/ttl-cache.ts';
import type { Store } from '../../store/port.ts';
import { entityView, type EntityView } from './entity-view.ts';
import { homeView, type HomeView } from './home-view.ts';

const ENTITY_VIEWS = 200;

export class ArchiveViews {
  private readonly homes = new RememberingCache<HomeView>(1, CACHE_TTL_MS);
  private readonly entities = new RememberingCache<EntityView>(ENTITY_VIEWS, CACHE_TTL_MS);

  constructor(private readonly store: Store) {}

  home(): Promise<HomeView> {
    return this.homes.remember('home', () => homeView(this.store));
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
