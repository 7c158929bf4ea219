// The JSON API under /api/. Errors are JSON with a stable code: {"error": {"code", "message"}}.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { searchArchive } from '../search/service.ts';
import type { Store } from '../store/port.ts';
import { describeIssues, formValues, listParams, searchParams } from './params.ts';

export function apiError(c: Context, status: 400 | 404 | 500, code: string, message: string) {
  return c.json({ error: { code, message } }, status);
}

export function createApi(store: Store): Hono {
  const api = new Hono();

  api.get('/articles', async (c) => {
    const parsed = listParams.safeParse(formValues(c.req.query()));
    if (!parsed.success) return apiError(c, 400, 'invalid_parameters', describeIssues(parsed.error));
    const { limit, page, source, from, to } = parsed.data;
    const result = await store.listArticles({ limit, offset: (page - 1) * limit, source, from, to });
    return c.json({ total: result.total, page, limit, items: result.items });
  });

  api.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) return apiError(c, 404, 'not_found', `no article with id ${JSON.stringify(c.req.param('id'))}`);
    return c.json(article);
  });

  api.get('/search', async (c) => {
    const parsed = searchParams.safeParse(formValues(c.req.query()));
    if (!parsed.success) return apiError(c, 400, 'invalid_parameters', describeIssues(parsed.error));
    const { q, limit, page, source, from, to } = parsed.data;
    if (q.trim() === '') return apiError(c, 400, 'missing_query', 'the q parameter is required');
    const result = await searchArchive(store, q, { limit, offset: (page - 1) * limit, source, from, to });
    return c.json({ total: result.total, page, limit, hits: result.hits });
  });

  api.get('/stats', async (c) => c.json(await store.stats()));
  api.get('/sources', async (c) => c.json({ sources: await store.sources() }));

  api.notFound((c) => apiError(c, 404, 'not_found', `no such endpoint: ${c.req.path}`));
  return api;
}
