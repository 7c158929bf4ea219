// The home page's data: the top stories of the last day and of the last week, and the latest
// articles. "Last day" is measured from now, or from the newest article when the archive is older
// than a day (an archive of 2015 news has no stories "today"), and the page says which.
import type { ArticleSummary, StorySummary, Store } from '../../store/port.ts';

export interface HomeView {
  latest: ArticleSummary[];
  total: number;
  /** The moment "the last day" and "the last week" count back from (ISO). */
  reference: string;
  /** True when the reference is the newest article rather than now. */
  archiveIsOld: boolean;
  day: StorySummary[];
  week: StorySummary[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const LATEST_ON_HOME = 20;
const TOP_STORIES = 5;

export async function homeView(store: Store, now: number = Date.now()): Promise<HomeView> {
  const latest = await store.listArticles({ limit: LATEST_ON_HOME });
  const newest = latest.items[0] ? Date.parse(latest.items[0].publishedAt ?? latest.items[0].firstSeenAt ?? '') : NaN;
  const archiveIsOld = Number.isFinite(newest) && now - newest > DAY_MS;
  const referenceMs = archiveIsOld ? newest : now;
  const [day, week] = await Promise.all([
    store.listStories({ since: new Date(referenceMs - DAY_MS).toISOString(), limit: TOP_STORIES }),
    store.listStories({ since: new Date(referenceMs - 7 * DAY_MS).toISOString(), limit: TOP_STORIES * 2 }),
  ]);
  const shownToday = new Set(day.items.map((s) => s.id));
  return {
    latest: latest.items,
    total: latest.total,
    reference: new Date(referenceMs).toISOString(),
    archiveIsOld,
    // A story big today is big this week too: the week list shows the others.
    day: day.items.filter((s) => s.size > 1),
    week: week.items.filter((s) => s.size > 1 && !shownToday.has(s.id)).slice(0, TOP_STORIES),
  };
}
