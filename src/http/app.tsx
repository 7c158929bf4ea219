/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The HTTP server's app: security headers on every response, our static assets, the
// JSON API under /api, and the reader. Errors never take the server down: each becomes an Arabic
// page or a JSON error, and only our own failures are logged.
//
// Everything is read-only: GET and HEAD are answered, OPTIONS says so, any other method is a 405
// with `Allow: GET, HEAD`. The API is public and read-only, so any web page may read it from a
// browser: /api answers carry `Access-Control-Allow-Origin: *` (no credentials are involved).
import { Hono } from 'hono';
import { MarsadError } from '../core/errors.ts';
import type { Store } from '../store/port.ts';
import { createReader, errorPage, notFoundPage } from '../web/routes.tsx';
import { STATIC_ASSETS } from '../web/static-assets.ts';
import { apiError, createApi } from './api.tsx';
import { CACHE, prepareBody, respond } from './respond.ts';
import { createServices } from './services.ts';

/** No inline script runs: the only scripts are our own files (and JSON-LD, which is data, not script). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
];

export const ALLOWED_METHODS = 'GET, HEAD';

const ROBOTS_TXT = prepareBody('User-agent: *\nDisallow: /search\nDisallow: /api/\n');

/** For /api answers: any origin may read them (and see the ETag to send back in If-None-Match). */
const CORS_HEADERS: ReadonlyArray<[string, string]> = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Expose-Headers', 'ETag'],
];

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

export interface AppOptions {
  /**
   * The origin absolute links (RSS feeds) are written with: `marsad serve --base-url`, else the
   * address the server listens on. Never the request's Host header, which any client sets.
   */
  origin?: () => string;
}

const LOCAL_ORIGIN = () => 'http://127.0.0.1';

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const assets = new Map([...STATIC_ASSETS.values()].map((a) => [a.name, { ...a, body: prepareBody(a.text) }]));

  app.use('*', async (c, next) => {
    await next();
    // On the response's own headers: c.header() after the handler would wrap the body in a stream
    // again, and @hono/node-server could no longer write it in one go (see src/http/respond.ts).
    const headers = c.res.headers;
    for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    if (isApi(c.req.path)) for (const [name, value] of CORS_HEADERS) headers.set(name, value);
  });

  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (method === 'OPTIONS') {
      // A CORS preflight or a plain question: either way the answer is what may be asked.
      const headers: Record<string, string> = { Allow: `${ALLOWED_METHODS}, OPTIONS`, 'Cache-Control': CACHE.none };
      if (isApi(c.req.path)) {
        headers['Access-Control-Allow-Methods'] = ALLOWED_METHODS;
        headers['Access-Control-Allow-Headers'] = 'If-None-Match';
        headers['Access-Control-Max-Age'] = '86400';
      }
      return c.body(null, 204, headers);
    }
    const answer = isApi(c.req.path)
      ? apiError(c, 405, 'method_not_allowed', `the API is read-only: ${method} is not allowed, only ${ALLOWED_METHODS}`)
      : await errorPage(c, 'هذا الموقع للقراءة فقط: يقبل طلبات العرض (GET وHEAD) وحدها.', 405, 'طريقة الطلب غير مسموحة');
    answer.headers.set('Allow', ALLOWED_METHODS);
    return answer;
  });

  // /articles/ID/ is /articles/ID: one address a page, and a pasted link with a slash still works.
  app.use('*', async (c, next) => {
    const path = c.req.path;
    if (path.length > 1 && path.endsWith('/') && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      // The path as sent (c.req.path is decoded: %5C would come back a backslash, which browsers
      // read as a slash), with one leading slash only: "//evil.example/" and "/%5Cevil.example/"
      // must not become a redirect to another host.
      const url = new URL(c.req.url);
      return c.redirect(`/${url.pathname.replace(/^[/\\]+|\/+$/g, '')}${url.search}`, 301);
    }
    return next();
  });

  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return notFoundPage(c);
    const versioned = c.req.query('v') === asset.version;
    return respond(c, asset.body, { contentType: asset.contentType, cache: versioned ? CACHE.versionedAsset : CACHE.asset });
  });

  // Crawlers may read the archive, but not walk the endless space of search pages and their filters.
  app.get('/robots.txt', (c) => respond(c, ROBOTS_TXT, { contentType: 'text/plain; charset=utf-8', cache: CACHE.asset }));

  // Browsers ask for it on every site; an empty answer keeps a 404 out of every page's console.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': CACHE.asset }));

  const services = createServices(store);
  app.route('/api', createApi(store, services));
  app.route('/', createReader(store, services, { origin: options.origin ?? LOCAL_ORIGIN }));

  app.notFound((c) => (c.req.path.startsWith('/api/') ? apiError(c, 404, 'not_found', `no such endpoint: ${c.req.path}`) : notFoundPage(c)));

  app.onError((error, c) => {
    const userError = error instanceof MarsadError;
    if (!userError) console.error(`marsad serve: ${c.req.method} ${c.req.path}: ${error.message}`);
    const status = userError ? 400 : 500;
    if (c.req.path.startsWith('/api/')) {
      return apiError(c, status, userError ? (error as MarsadError).code : 'internal', userError ? error.message : 'internal error');
    }
    return errorPage(c, userError ? error.message : 'حدث خطأ داخلي. حاول مرة أخرى بعد قليل.', status);
  });

  return app;
}
