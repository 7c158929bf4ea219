// Sitemaps, sitemap indexes, Google News sitemaps and gzipped sitemaps, with fictional Arabic
// news sites. Rules in src/crawl/discover/sitemap.ts, gunzip.ts and sniff.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gunzipCapped } from './gunzip.ts';
import { feedLinksInHtml, parseDiscovery, sniffDiscovery, type Discovery } from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (d: Discovery) => d.diagnostics.map((x) => x.code);

const URLSET = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>https://wahanews.example/news/1</loc><lastmod>2025-06-10</lastmod>
    <image:image><image:loc>https://cdn.wahanews.example/1.jpg</image:loc></image:image></url>
  <url><loc>https://wahanews.example/news/2</loc><lastmod>2025-06-11T09:30:00+03:00</lastmod><changefreq>daily</changefreq></url>
  <url><lastmod>2025-06-12</lastmod></url>
</urlset>`;

describe('sitemaps', () => {
  it('a urlset gives one article link per <loc>, with lastmod; image locations are not articles', () => {
    const sitemap = parseDiscovery(utf8(URLSET), { url: 'https://wahanews.example/sitemap.xml' });
    assert.equal(sitemap.format, 'sitemap');
    assert.deepEqual(sitemap.links, [
      { url: 'https://wahanews.example/news/1', kind: 'article', updatedAt: '2025-06-10' },
      { url: 'https://wahanews.example/news/2', kind: 'article', updatedAt: '2025-06-11T06:30:00.000Z' },
    ]);
    assert.ok(codes(sitemap).includes('discover.entry_without_link'));
  });

  it('a sitemap index gives its children as links of kind sitemap', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://wahanews.example/sitemaps/2025-06.xml</loc><lastmod>2025-06-30</lastmod></sitemap>
      <sitemap><loc>/sitemaps/2025-05.xml.gz</loc></sitemap>
    </sitemapindex>`;
    const result = parseDiscovery(utf8(index), { url: 'https://wahanews.example/sitemap_index.xml' });
    assert.equal(result.format, 'sitemap-index');
    assert.deepEqual(result.links.map((l) => [l.kind, l.url]), [
      ['sitemap', 'https://wahanews.example/sitemaps/2025-06.xml'],
      ['sitemap', 'https://wahanews.example/sitemaps/2025-05.xml.gz'],
    ]);
  });

  it('a sitemap index that lists itself returns it once, with a diagnostic: the caller stops the loop', () => {
    const self = 'https://wahanews.example/sitemap_index.xml';
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>${self}</loc></sitemap><sitemap><loc>${self}</loc></sitemap>
      <sitemap><loc>https://wahanews.example/news-sitemap.xml</loc></sitemap></sitemapindex>`;
    const result = parseDiscovery(utf8(index), { url: self });
    assert.deepEqual(result.links.map((l) => l.url), [self, 'https://wahanews.example/news-sitemap.xml']);
    assert.ok(codes(result).includes('discover.self_reference'));
  });

  it('a Google News sitemap gives the publication, title, date, language and keywords', () => {
    const news = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://wahanews.example/news/2025/06/harbour</loc>
    <news:news>
      <news:publication><news:name>صحيفة الواحة</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>2025-06-10T14:30:00+03:00</news:publication_date>
      <news:title>افتتاح الميناء الجديد في مدينة النخيل</news:title>
      <news:keywords>ميناء، النخيل, اقتصاد</news:keywords>
    </news:news>
  </url>
</urlset>`;
    const [link] = parseDiscovery(utf8(news), { url: 'https://wahanews.example/news-sitemap.xml' }).links;
    assert.equal(link.url, 'https://wahanews.example/news/2025/06/harbour');
    assert.equal(link.title, 'افتتاح الميناء الجديد في مدينة النخيل');
    assert.equal(link.publishedAt, '2025-06-10T11:30:00.000Z');
    assert.equal(link.language, 'ar');
    assert.deepEqual(link.news, { publicationName: 'صحيفة الواحة', title: 'افتتاح الميناء الجديد في مدينة النخيل', keywords: ['ميناء', 'النخيل', 'اقتصاد'] });
  });

  it('a gzipped sitemap is recognised by its bytes and read', () => {
    const gz = gzipSync(Buffer.from(URLSET));
    assert.equal(sniffDiscovery(gz), 'sitemap');
    const sitemap = parseDiscovery(gz, { url: 'https://wahanews.example/sitemap.xml.gz' });
    assert.equal(sitemap.links.length, 2);
    assert.equal(sitemap.truncated, false);
  });

  it('a cut-off gzipped sitemap gives what came before the cut', () => {
    const many = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${
      Array.from({ length: 5000 }, (_, i) => `<url><loc>https://wahanews.example/n/${i}</loc></url>`).join('')}</urlset>`;
    const gz = gzipSync(Buffer.from(many));
    const sitemap = parseDiscovery(gz.subarray(0, Math.floor(gz.length / 2)), { url: 'https://wahanews.example/s.xml.gz' });
    assert.ok(sitemap.links.length > 100 && sitemap.links.length < 5000, String(sitemap.links.length));
    assert.equal(sitemap.truncated, true);
    assert.ok(codes(sitemap).includes('discover.damaged_gzip'));
  });

  it('inflating stops at the ceiling, keeping what came before (a gzip bomb costs at most the ceiling)', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61));
    const inflated = gunzipCapped(bomb, 1000);
    assert.equal(inflated.capped, true);
    assert.equal(inflated.bytes.length, 1000);
  });
});

describe('sniffing by content', () => {
  it('the root element decides, whatever the name or Content-Type says', () => {
    assert.equal(sniffDiscovery(utf8('<?xml version="1.0"?>\n<!-- تعليق --><rss version="2.0"><channel/></rss>'), 'text/html'), 'rss');
    assert.equal(sniffDiscovery(utf8('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')), 'atom');
    assert.equal(sniffDiscovery(utf8('\uFEFF<sitemapindex></sitemapindex>')), 'sitemap-index');
    assert.equal(sniffDiscovery(utf8('<rdf:RDF xmlns:rdf="x" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>')), 'rdf');
    assert.equal(sniffDiscovery(utf8('{"version":"https://jsonfeed.org/version/1.1","items":[]}')), 'jsonfeed');
  });

  it('HTML pages and other XML are unknown', () => {
    assert.equal(sniffDiscovery(utf8('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>'), 'application/rss+xml'), 'unknown');
    assert.equal(sniffDiscovery(utf8('<rdf:RDF xmlns:rdf="x"><rdf:Description/></rdf:RDF>')), 'unknown');
    assert.equal(sniffDiscovery(utf8('{"name": "ليس خلاصة"}')), 'unknown');
  });
});

describe('feed links in HTML pages', () => {
  it('rel="alternate" links of feed types, resolved against <base href>, each once', () => {
    const page = `<!doctype html><html dir="rtl"><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="الأخبار" href="rss/main.xml">
      <base href="https://wahanews.example/ar/">
      <link rel="Alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate" type="application/rss+xml" href="rss/main.xml">
      <link rel="alternate" hreflang="en" href="https://wahanews.example/en/">
      </head><body><p>الصفحة الرئيسية</p></body></html>`;
    assert.deepEqual(feedLinksInHtml(page, 'https://wahanews.example/'), [
      'https://wahanews.example/ar/rss/main.xml',
      'https://wahanews.example/atom.xml',
      'https://wahanews.example/ar/feed.json',
    ]);
  });
});
