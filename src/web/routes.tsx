// The reader's pages. Server-rendered, no client-side JavaScript needed to read or search.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { describeIssues, formValues, listParams, searchParams } from '../http/params.ts';
import { searchArchive } from '../search/service.ts';
import type { Store } from '../store/port.ts';
import { renderPage } from './layout.tsx';
import { ArticlePage } from './pages/article.tsx';
import { HomePage } from './pages/home.tsx';
import { ErrorPage, NotFoundPage } from './pages/not-found.tsx';
import { SearchPage } from './pages/search.tsx';

async function page(c: Context, node: { toString(): string | Promise<string> }, status: 200 | 400 | 404 = 200) {
  return c.html(await renderPage(node), status);
}

export function createReader(store: Store): Hono {
  const web = new Hono();

  web.get('/', async (c) => {
    const [latest, sources] = await Promise.all([store.listArticles({ limit: 30 }), store.sources()]);
    return page(c, <HomePage latest={latest.items} total={latest.total} sources={sources} />);
  });

  web.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) return page(c, <NotFoundPage what="لا يوجد في الأرشيف مقال بهذا المعرّف." />, 404);
    return page(c, <ArticlePage article={article} />);
  });

  web.get('/search', async (c) => {
    const sources = await store.sources();
    const parsed = searchParams.safeParse(formValues(c.req.query()));
    if (!parsed.success) {
      return page(c, <ErrorPage message={`طلب بحث غير صالح: ${describeIssues(parsed.error)}`} />, 400);
    }
    const { q, page: pageNumber, source, from, to } = parsed.data;
    const pageSize = 10;
    const result = q.trim()
      ? await searchArchive(store, q, { limit: pageSize, offset: (pageNumber - 1) * pageSize, source, from, to })
      : { total: 0, hits: [] };
    return page(c, (
      <SearchPage query={q} total={result.total} hits={result.hits} page={pageNumber} pageSize={pageSize}
        source={source} from={from} to={to} sources={sources} />
    ));
  });

  web.get('/articles', async (c) => {
    const parsed = listParams.safeParse(formValues(c.req.query()));
    if (!parsed.success) return page(c, <ErrorPage message={describeIssues(parsed.error)} />, 400);
    return c.redirect('/');
  });

  return web;
}
