/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The JSON API under /api/. Each route is declared in endpoints.ts (path, query schema, answer
// schema); this file only says how to answer. Errors are JSON with a stable code:
// {"error": {"code", "message"}} — invalid_parameters, missing_query, query_too_long, not_found,
// method_not_allowed, internal.
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { z } from 'zod';
import { alertFeedHref } from '../alerts/feed.ts';
import { alertOverview } from '../alerts/overview.ts';
import type { Store } from '../store/port.ts';
import { renderPage } from '../web/layout.tsx';
import { ApiDocsPage } from '../web/pages/api-docs.tsx';
import { ENDPOINTS, type Endpoint } from './endpoints.ts';
import { openApiDocument, type OpenApiDocument } from './openapi.ts';
import { describeIssues, formValues, isQueryTooLong, MAX_QUERY_CHARS, offsetOf } from './params.ts';
import { sendHtml, sendJson } from './respond.ts';
import { createServices, type Services } from './services.ts';

export type ApiStatus = 400 | 404 | 405 | 500;

export function apiError(c: Context, status: ApiStatus, code: string, message: string): Response {
  return sendJson(c, { error: { code, message } }, status);
}

/** A request the API answers with an error rather than data. */
class ApiProblem extends Error {
  constructor(readonly status: ApiStatus, readonly code: string, message: string) {
    super(message);
  }
}

function notFound(what: string, id: string): never {
  throw new ApiProblem(404, 'not_found', `no ${what} with id ${JSON.stringify(id)}`);
}

type Handler<Q extends z.ZodObject, P extends z.ZodObject> =
  (input: { query: z.infer<Q>; params: z.infer<P> }) => Promise<unknown>;

/** Validates the query and path with the endpoint's own schemas, then answers with ETag'd JSON. */
function route<Q extends z.ZodObject, P extends z.ZodObject>(api: Hono, endpoint: Endpoint<Q, P>, handle: Handler<Q, P>): void {
  api.get(endpoint.path, async (c) => {
    const query = endpoint.query.safeParse(formValues(c.req.query()));
    if (!query.success && isQueryTooLong(query.error)) {
      return apiError(c, 400, 'query_too_long', `q is longer than ${MAX_QUERY_CHARS} characters; search with fewer words`);
    }
    if (!query.success) return apiError(c, 400, 'invalid_parameters', describeIssues(query.error));
    const params = endpoint.params.safeParse(c.req.param());
    if (!params.success) return apiError(c, 400, 'invalid_parameters', describeIssues(params.error));
    try {
      return sendJson(c, await handle({ query: query.data, params: params.data }));
    } catch (error) {
      if (error instanceof ApiProblem) return apiError(c, error.status, error.code, error.message);
      throw error;
    }
  });
}

export function createApi(store: Store, { search, views }: Services = createServices(store)): Hono {
  const api = new Hono();
  let openApi: OpenApiDocument | undefined;

  route(api, ENDPOINTS.listArticles, async ({ query }) => {
    const { limit, page, source, from, to } = query;
    const result = await store.listArticles({ limit, offset: offsetOf(query), source, from, to });
    return { total: result.total, page, limit, items: result.items };
  });

  // With related[], as `marsad show` prints it (the same finder, remembered per article).
  route(api, ENDPOINTS.getArticle, async ({ params }) => {
    const article = (await store.getArticle(params.id)) ?? notFound('article', params.id);
    return { ...article, related: await views.related(article) };
  });

  route(api, ENDPOINTS.getRelated, async ({ params }) => {
    const article = (await store.getArticle(params.id)) ?? notFound('article', params.id);
    return { related: await views.related(article) };
  });

  route(api, ENDPOINTS.search, async ({ query }) => {
    if (query.q.trim() === '') {
      // An entity filter with nothing to search for means "this entity's articles": say where they are.
      const hint = query.entity ? `; the articles of an entity are at /api/entities/${encodeURIComponent(query.entity)}/articles` : '';
      throw new ApiProblem(400, 'missing_query', `the q parameter is required${hint}`);
    }
    const result = await search.search(query);
    const answer: Record<string, unknown> = { total: result.total, page: query.page, limit: query.limit, hits: result.hits };
    if (result.truncated) answer.truncated = true;
    if (query.facets === 'source') {
      const facets = await search.facets(query, result);
      answer.facets = { sources: facets.counts ?? null };
    }
    return answer;
  });

  route(api, ENDPOINTS.listEntities, async ({ query }) => {
    const { type, name, limit, page } = query;
    const result = await store.listEntities({ type, name, limit, offset: offsetOf(query) });
    return { total: result.total, page, limit, items: result.items };
  });

  route(api, ENDPOINTS.getEntity, async ({ params }) => {
    const view = (await views.entity(params.id)) ?? notFound('entity', params.id);
    return { ...view.entity, timeline: view.timeline, coMentions: view.coMentions, coMentionsSampled: view.sampled };
  });

  route(api, ENDPOINTS.getEntityArticles, async ({ params, query }) => {
    (await store.getEntity(params.id)) ?? notFound('entity', params.id);
    const { limit, page } = query;
    const result = await store.entityArticles(params.id, { limit, offset: offsetOf(query) });
    return { total: result.total, page, limit, items: result.items };
  });

  route(api, ENDPOINTS.listQuotes, async ({ query }) => {
    const { speaker, entity, about, limit, page } = query;
    const result = await store.listQuotes({ speaker, entityId: entity, aboutEntityId: about, limit, offset: offsetOf(query) });
    return { total: result.total, page, limit, items: result.items };
  });

  route(api, ENDPOINTS.listStories, async ({ query }) => {
    const { since, limit, page } = query;
    const result = await store.listStories({ since, limit, offset: offsetOf(query) });
    return { total: result.total, page, limit, items: result.items };
  });

  route(api, ENDPOINTS.getStory, async ({ params }) => (await store.getStory(params.id)) ?? notFound('story', params.id));
  route(api, ENDPOINTS.stats, async () => store.stats());
  route(api, ENDPOINTS.sources, async () => ({ sources: await search.sources() }));
  route(api, ENDPOINTS.listAlerts, async () => ({
    alerts: (await alertOverview(store)).map((alert) => ({ ...alert, feed: alertFeedHref(alert.name) })),
  }));

  api.get('/openapi.json', (c) => sendJson(c, (openApi ??= openApiDocument())));
  api.get('/docs', async (c) => sendHtml(c, await renderPage(<ApiDocsPage document={(openApi ??= openApiDocument())} />)));

  // Other methods never get here: the app answers them with a 405 first (app.tsx).
  api.all('*', (c) => apiError(c, 404, 'not_found', `no such endpoint: ${c.req.path}`));
  return api;
}
