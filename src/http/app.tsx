// The HTTP server's app: security headers on every response, the JSON API under /api, static
// assets, and the reader. Errors never take the server down: each becomes a 500 page or JSON.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { MarsadError } from '../core/errors.ts';
import type { Store } from '../store/port.ts';
import { renderPage } from '../web/layout.tsx';
import { ErrorPage, NotFoundPage } from '../web/pages/not-found.tsx';
import { createReader } from '../web/routes.tsx';
import { apiError, createApi } from './api.ts';

/** No inline script runs: the only scripts are our own files (and JSON-LD, which is data, not script). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const STYLESHEET = readFileSync(new URL('../web/static/marsad.css', import.meta.url), 'utf8');

export function createApp(store: Store): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
  });

  app.get('/static/marsad.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.route('/api', createApi(store));
  app.route('/', createReader(store));

  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/')) return apiError(c, 404, 'not_found', `no such endpoint: ${c.req.path}`);
    return c.html(await renderPage(<NotFoundPage what="لم نجد ما تبحث عنه." />), 404);
  });

  app.onError(async (error, c) => {
    const userError = error instanceof MarsadError;
    if (!userError) console.error(`marsad serve: ${c.req.method} ${c.req.path}: ${error.message}`);
    const status = userError ? 400 : 500;
    if (c.req.path.startsWith('/api/')) {
      return apiError(c, status, userError ? (error as MarsadError).code : 'internal', userError ? error.message : 'internal error');
    }
    return c.html(await renderPage(<ErrorPage message={userError ? error.message : 'حدث خطأ داخلي.'} />), status);
  });

  return app;
}
