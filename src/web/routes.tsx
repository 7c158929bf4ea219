/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The reader's pages. Server-rendered HTML; no page needs JavaScript to be read or searched.
// Query strings are validated with the same schemas as the JSON API (src/http/params.ts); a bad
// one gets a 400 page that says, in Arabic, what a good value looks like.
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { z } from 'zod';
import { alertFeed } from '../alerts/feed.ts';
import { alertOverview } from '../alerts/overview.ts';
import { entityListParams, formValues, idParam, listParams, MAX_PAGE, offsetOf, pageParams, searchParams, storyParams } from '../http/params.ts';
import { CACHE, respond, sendHtml } from '../http/respond.ts';
import { CACHE_TTL_MS } from '../http/search.ts';
import { TtlCache } from '../http/ttl-cache.ts';
import { createServices, type Services } from '../http/services.ts';
import type { Store } from '../store/port.ts';
import { arabicIssues } from './issues.ts';
import { renderPage } from './layout.tsx';
import { ArticlePage } from './pages/article.tsx';
import { EntityPage } from './pages/entity.tsx';
import { HomePage } from './pages/home.tsx';
import { AlertsPage } from './pages/alerts.tsx';
import { ArticlesPage, EntitiesPage, OutletsPage, StoriesPage } from './pages/lists.tsx';
import { ErrorPage, NotFoundPage, PastLastPage } from './pages/not-found.tsx';
import { RelatedPage } from './pages/related.tsx';
import { searchPageHtml } from './pages/search-page.ts';
import { STORY_PAGE_SIZE, StoryPage } from './pages/story.tsx';
import { articleView } from './views/article-view.ts';
import { entityHref } from './links.ts';

type Node = { toString(): string | Promise<string> };

async function page(c: Context, node: Node, status = 200): Promise<Response> {
  return sendHtml(c, await renderPage(node), status);
}

function badRequest(c: Context, error: z.ZodError): Promise<Response> {
  return page(c, <ErrorPage title="طلب غير صالح" message={arabicIssues(error)} />, 400);
}

function notFound(c: Context, what: string): Promise<Response> {
  return page(c, <NotFoundPage what={what} />, 404);
}

/** Parses the query string with a schema; on failure, the 400 page is the answer. */
function queryOf<S extends z.ZodObject>(c: Context, schema: S): z.infer<S> | z.ZodError {
  const parsed = schema.safeParse(formValues(c.req.query()));
  return parsed.success ? parsed.data : parsed.error;
}

/**
 * A page number past the last page is a 404 that links to the last page (page 1 of an empty list is
 * the list's own "nothing here" page). Undefined when the page exists.
 */
function pastLastPage(c: Context, at: { page: number; total: number; perPage: number }): Promise<Response> | undefined {
  const last = Math.min(MAX_PAGE, Math.max(1, Math.ceil(at.total / at.perPage)));
  if (at.page <= last) return undefined;
  const url = new URL(c.req.url);
  if (last === 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(last));
  return page(c, <PastLastPage last={last} lastHref={`${url.pathname}${url.search}`} />, 404);
}

function idOf(c: Context): string | undefined {
  const parsed = idParam.safeParse({ id: c.req.param('id') });
  return parsed.success ? parsed.data.id : undefined;
}

const isError = (value: unknown): value is z.ZodError => value instanceof Error;

/** Article pages kept rendered (the most read ones), no longer than clients may keep them anyway. */
const ARTICLE_PAGES_KEPT = 500;

export function createReader(store: Store, { search, views }: Services = createServices(store),
  { origin }: { origin: () => string } = { origin: () => 'http://127.0.0.1' }): Hono {
  const web = new Hono();
  // An article's page changes only when its story grows or a copy arrives; it is served from here
  // for at most CACHE_TTL_MS, the max-age every page already gives browsers and proxies.
  const articlePages = new TtlCache<string>(ARTICLE_PAGES_KEPT, CACHE_TTL_MS);
  const sources = () => search.sources();

  web.get('/', async (c) => {
    const [view, outlets] = await Promise.all([views.home(), sources()]);
    return page(c, <HomePage view={view} outlets={outlets.filter((s) => s.source !== '').length} />);
  });

  web.get('/articles', async (c) => {
    const params = queryOf(c, listParams);
    if (isError(params)) return badRequest(c, params);
    const result = await store.listArticles({ limit: params.limit, offset: offsetOf(params), source: params.source, from: params.from, to: params.to });
    return pastLastPage(c, { page: params.page, total: result.total, perPage: params.limit }) ?? page(c, <ArticlesPage params={params} page={result} />);
  });

  web.get('/articles/:id', async (c) => {
    const id = idOf(c);
    const cached = id === undefined ? undefined : articlePages.get(id);
    if (cached) return sendHtml(c, cached);
    const article = id === undefined ? undefined : await store.getArticle(id);
    if (!article) return notFound(c, 'لا يوجد في الأرشيف مقال بهذا المعرّف.');
    const view = await articleView(store, article, (storyId) => views.story(storyId), (a) => views.related(a));
    const html = await renderPage(<ArticlePage view={view} />);
    articlePages.set(article.id, html);
    return sendHtml(c, html);
  });

  web.get('/articles/:id/related', async (c) => {
    const id = idOf(c);
    const article = id === undefined ? undefined : await store.getArticle(id);
    if (!article) return notFound(c, 'لا يوجد في الأرشيف مقال بهذا المعرّف.');
    return page(c, <RelatedPage article={article} related={await views.related(article)} />);
  });

  web.get('/search', async (c) => {
    const params = queryOf(c, searchParams);
    if (isError(params)) return badRequest(c, params);
    const hasQuery = params.q.trim() !== '';
    const [answer, outlets, entity] = await Promise.all([
      hasQuery ? search.search(params) : Promise.resolve({ total: 0, hits: [] }),
      sources(),
      params.entity ? store.getEntity(params.entity) : Promise.resolve(undefined),
    ]);
    // An entity filter naming no entity would only say "no results", as if the entity had none.
    if (params.entity && !entity) return notFound(c, 'لا يوجد في الأرشيف علم بهذا المعرّف؛ ابحث دون تحديد علم أو اختر علمًا من صفحة الأعلام.');
    // An entity and no words to search for: the entity's own page lists its articles, newest first.
    if (entity && !hasQuery) return c.redirect(entityHref(entity.id), 302);
    const past = pastLastPage(c, { page: params.page, total: answer.total, perPage: params.limit });
    if (past) return past;
    const facets = hasQuery ? await search.facets(params, answer) : {};
    return sendHtml(c, searchPageHtml({ params, answer, facets, sources: outlets, entity }));
  });

  web.get('/entities', async (c) => {
    const params = queryOf(c, entityListParams);
    if (isError(params)) return badRequest(c, params);
    const result = await store.listEntities({ type: params.type, name: params.name, limit: params.limit, offset: offsetOf(params) });
    return pastLastPage(c, { page: params.page, total: result.total, perPage: params.limit }) ?? page(c, <EntitiesPage params={params} page={result} />);
  });

  web.get('/entities/:id', async (c) => {
    const id = idOf(c);
    const view = id === undefined ? undefined : await views.entity(id);
    if (!view) return notFound(c, 'لا يوجد في الأرشيف علم بهذا المعرّف.');
    return page(c, <EntityPage view={view} />);
  });

  web.get('/stories', async (c) => {
    const params = queryOf(c, storyParams);
    if (isError(params)) return badRequest(c, params);
    const result = await store.listStories({ since: params.since, limit: params.limit, offset: offsetOf(params) });
    return pastLastPage(c, { page: params.page, total: result.total, perPage: params.limit }) ?? page(c, <StoriesPage params={params} page={result} />);
  });

  web.get('/stories/:id', async (c) => {
    const id = idOf(c);
    const params = queryOf(c, pageParams);
    if (isError(params)) return badRequest(c, params);
    const story = id === undefined ? undefined : await views.story(id);
    if (!story) return notFound(c, 'لا توجد في الأرشيف قصة بهذا المعرّف.');
    return pastLastPage(c, { page: params.page, total: story.articles.length, perPage: STORY_PAGE_SIZE })
      ?? page(c, <StoryPage story={story} page={params.page} />);
  });

  web.get('/outlets', async (c) => page(c, <OutletsPage sources={await sources()} />));
  web.get('/alerts', async (c) => page(c, <AlertsPage alerts={await alertOverview(store)} />));
  web.get('/alerts/:feed{.+\\.rss}', async (c) => {
    // The configured origin, not the Host header: a cached feed must not carry links to whatever host a client named.
    const feed = await alertFeed(store, c.req.param('feed').slice(0, -'.rss'.length), { origin: origin() });
    if (feed === undefined) return notFound(c, 'لا يوجد تنبيه بهذا الاسم.');
    return respond(c, feed, { contentType: 'application/rss+xml; charset=utf-8', cache: CACHE.data });
  });

  return web;
}

export async function notFoundPage(c: Context): Promise<Response> {
  return notFound(c, 'لم نجد ما تبحث عنه. ربما تغيّر العنوان أو كُتب خطأً.');
}

export async function errorPage(c: Context, message: string, status: number, title?: string): Promise<Response> {
  return page(c, <ErrorPage message={message} title={title} />, status);
}
