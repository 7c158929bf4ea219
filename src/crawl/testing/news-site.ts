// A small Arabic news site on 127.0.0.1, for the crawler's tests and benchmark: article pages,
// an RSS feed, an Atom feed, a sitemap index with its sitemaps, robots.txt keeping crawlers out of
// /private/, and pages that robots.txt forbids linked from the sitemap. Every request is recorded,
// so a test can say how often each page was fetched. Feeds honour If-None-Match.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { startTestServer, type TestServer } from '../fetch/test-server.ts';

export interface SiteArticle {
  title: string;
  paragraphs: string[];
  /** ISO 8601. */
  publishedAt: string;
}

export interface NewsSiteOptions {
  /** Articles listed in the RSS feed (the newest). */
  feedSize?: number;
  /** URLs per sitemap file. */
  sitemapSize?: number;
  /** Pages under /private/ listed in the sitemap, which robots.txt forbids. */
  privatePages?: number;
  /** Added to every article URL: tracking parameters a canonical URL must drop. */
  linkSuffix?: string;
  /** Article pages answer after this long (a slow site, so a crawl can be interrupted midway). */
  articleDelayMs?: number;
}

export interface NewsSite {
  server: TestServer;
  origin: string;
  articleUrl(index: number): string;
  feedUrl: string;
  atomUrl: string;
  sitemapUrl: string;
  /** Requests for article pages, by path. */
  articleFetches(): Map<string, number>;
  /** Requests that reached /private/. */
  privateFetches(): number;
  /** Adds articles after the start (a site publishing while it is watched). */
  publish(articles: SiteArticle[]): void;
  close(): Promise<void>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function articlePage(article: SiteArticle, url: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(article.title)} | الأفق</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="الأفق">
<meta property="article:published_time" content="${article.publishedAt}"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/section/politics">سياسة</a> <a href="/section/economy">اقتصاد</a></nav></header>
<main><article><h1>${escape(article.title)}</h1><time datetime="${article.publishedAt}">${article.publishedAt.slice(0, 10)}</time>
${article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><aside><h2>اقرأ أيضا</h2><ul><li><a href="/">عناوين اليوم</a></li></ul></aside></main>
<footer><p>جميع الحقوق محفوظة لموقع الأفق (موقع تجريبي)</p></footer></body></html>`;
}

export async function startNewsSite(initial: SiteArticle[], options: NewsSiteOptions = {}): Promise<NewsSite> {
  const articles = [...initial];
  const feedSize = options.feedSize ?? 50;
  const sitemapSize = options.sitemapSize ?? 500;
  const privatePages = options.privatePages ?? 0;
  const suffix = options.linkSuffix ?? '';
  let origin = '';
  const path = (index: number) => `/news/${index + 1}.html`;
  const link = (index: number) => `${origin}${path(index)}${suffix}`;

  const send = (request: http.IncomingMessage, response: http.ServerResponse, type: string, body: string) => {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': type, etag });
    response.end(body);
  };

  const newest = () => articles.map((a, i) => ({ a, i })).sort((x, y) => y.a.publishedAt.localeCompare(x.a.publishedAt));
  const rss = () => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الأفق</title><link>${origin}/</link>
${newest().slice(0, feedSize).map(({ a, i }) => `<item><title>${escape(a.title)}</title><link>${link(i)}</link>
<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate><description>${escape(a.paragraphs[0] ?? '')}</description></item>`).join('\n')}
</channel></rss>`;
  const atom = () => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>الأفق</title>
${newest().slice(0, feedSize).map(({ a, i }) => `<entry><title>${escape(a.title)}</title><link rel="alternate" href="${link(i)}"/>
<id>${link(i)}</id><updated>${a.publishedAt}</updated></entry>`).join('\n')}</feed>`;
  const sitemapCount = () => Math.max(1, Math.ceil(articles.length / sitemapSize));
  const index = () => `<?xml version="1.0" encoding="utf-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${Array.from({ length: sitemapCount() }, (_, n) => `<sitemap><loc>${origin}/sitemap-${n + 1}.xml</loc></sitemap>`).join('\n')}
<sitemap><loc>${origin}/sitemap.xml</loc></sitemap>
${privatePages > 0 ? `<sitemap><loc>${origin}/sitemap-private.xml</loc></sitemap>` : ''}</sitemapindex>`;
  const sitemap = (n: number) => `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${articles.slice((n - 1) * sitemapSize, n * sitemapSize).map((a, k) => `<url><loc>${link((n - 1) * sitemapSize + k)}</loc>
<lastmod>${a.publishedAt}</lastmod></url>`).join('\n')}</urlset>`;
  const privateSitemap = () => `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${Array.from({ length: privatePages }, (_, n) => `<url><loc>${origin}/private/${n + 1}.html</loc></url>`).join('\n')}</urlset>`;

  const server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    const page = /^\/news\/(\d+)\.html$/.exec(url.pathname);
    const sitemapPage = /^\/sitemap-(\d+)\.xml$/.exec(url.pathname);
    if (url.pathname === '/robots.txt') return send(request, response, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (url.pathname === '/feed.xml') return send(request, response, 'application/rss+xml; charset=utf-8', rss());
    if (url.pathname === '/atom.xml') return send(request, response, 'application/atom+xml; charset=utf-8', atom());
    if (url.pathname === '/sitemap.xml') return send(request, response, 'application/xml', index());
    if (url.pathname === '/sitemap-private.xml') return send(request, response, 'application/xml', privateSitemap());
    if (sitemapPage) return send(request, response, 'application/xml', sitemap(Number(sitemapPage[1])));
    const article = page ? articles[Number(page[1]) - 1] : undefined;
    if (article) {
      const answer = () => send(request, response, 'text/html; charset=utf-8', articlePage(article, `${origin}${url.pathname}`));
      if (options.articleDelayMs) setTimeout(answer, options.articleDelayMs);
      else answer();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  origin = server.origin;

  return {
    server,
    origin,
    articleUrl: link,
    feedUrl: `${origin}/feed.xml`,
    atomUrl: `${origin}/atom.xml`,
    sitemapUrl: `${origin}/sitemap.xml`,
    articleFetches: () => {
      const counts = new Map<string, number>();
      for (const r of server.requests) {
        const p = r.path.replace(/\?.*$/, '');
        if (p.startsWith('/news/')) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      return counts;
    },
    privateFetches: () => server.requests.filter((r) => r.path.startsWith('/private/')).length,
    publish: (more) => { articles.push(...more); },
    close: () => server.close(),
  };
}
