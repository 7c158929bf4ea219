// The home page's data: the top stories of the last day and of the last week, and the latest
// articles. "Last day" is measured from now, or, when the archive's news is older than a day (an
// archive of 2015 news has no stories "today"), from a moment the archive's own dates give (see
// referenceTime), and the page says which.
import type { ArticleSummary, StorySummary, Store } from '../../store/port.ts';

export interface HomeView {
  latest: ArticleSummary[];
  total: number;
  /** The moment "the last day" and "the last week" count back from (ISO). */
  reference: string;
  /** True when the reference is a date from the archive rather than now. */
  archiveIsOld: boolean;
  day: StorySummary[];
  week: StorySummary[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
export const LATEST_ON_HOME = 20;
const TOP_STORIES = 5;
/** Newest articles read for a publication date: an undated batch ingested today may come first. */
const ARTICLES_LOOKED_AT = 200;
/** Earlier days tried when the newest dates have no stories around them (each one read of the store). */
const DAYS_TRIED = 3;

/** A time that parses and is not in the future; a garbage date ("9999-99-99") or a future one is no reference. */
function validTime(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) && time <= now ? time : undefined;
}

async function newestDateUpTo(store: Store, until: number, now: number): Promise<number | undefined> {
  const page = await store.listArticles({ to: new Date(until).toISOString(), limit: 20 });
  for (const item of page.items) {
    const time = validTime(item.publishedAt ?? item.firstSeenAt, now);
    if (time !== undefined && time <= until) return time;
  }
  return undefined;
}

async function hasStoriesIn(store: Store, referenceMs: number): Promise<boolean> {
  const stories = await store.listStories({ since: new Date(referenceMs - WEEK_MS).toISOString(), limit: TOP_STORIES });
  return stories.items.some((s) => s.size > 1 && Date.parse(s.firstSeen) <= referenceMs);
}

/**
 * The moment the home page counts back from. Undated articles carry their ingest time, and a
 * freshly ingested seed page must not hide the stories of a 2015 archive behind an empty "today";
 * so the candidates are, in order: the newest publication date among the latest articles, then the
 * newest date the archive holds and the days before it (a day apart). The first whose week holds a
 * story of more than one article wins; when none does, the newest date.
 */
export async function referenceTime(store: Store, now: number): Promise<number> {
  const latest = await store.listArticles({ to: new Date(now).toISOString(), limit: ARTICLES_LOOKED_AT });
  const published = latest.items.map((a) => validTime(a.publishedAt, now)).filter((t): t is number => t !== undefined);
  const candidates: number[] = published.length > 0 ? [Math.max(...published)] : [];
  let day = await newestDateUpTo(store, now, now);
  for (let tried = 0; day !== undefined && tried < DAYS_TRIED; tried++) {
    candidates.push(day);
    day = await newestDateUpTo(store, day - DAY_MS, now);
  }
  for (const candidate of candidates) {
    if (await hasStoriesIn(store, candidate)) return candidate;
  }
  return candidates.length > 0 ? Math.max(...candidates) : now;
}

export async function homeView(store: Store, now: number = Date.now()): Promise<HomeView> {
  const [latest, reference] = await Promise.all([store.listArticles({ limit: LATEST_ON_HOME }), referenceTime(store, now)]);
  const archiveIsOld = now - reference > DAY_MS;
  const referenceMs = archiveIsOld ? reference : now;
  const until = (s: StorySummary) => Date.parse(s.firstSeen) <= referenceMs;
  const [day, week] = await Promise.all([
    store.listStories({ since: new Date(referenceMs - DAY_MS).toISOString(), limit: TOP_STORIES * 2 }),
    store.listStories({ since: new Date(referenceMs - WEEK_MS).toISOString(), limit: TOP_STORIES * 3 }),
  ]);
  const dayStories = day.items.filter((s) => s.size > 1 && until(s)).slice(0, TOP_STORIES);
  const shownToday = new Set(dayStories.map((s) => s.id));
  return {
    latest: latest.items,
    total: latest.total,
    reference: new Date(referenceMs).toISOString(),
    archiveIsOld,
    day: dayStories,
    // A story big today is big this week too: the week list shows the others.
    week: week.items.filter((s) => s.size > 1 && until(s) && !shownToday.has(s.id)).slice(0, TOP_STORIES),
  };
}
