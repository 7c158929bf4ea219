// An article keeps only http(s) links: a javascript: or data: value in a record or a page's
// metadata is dropped with a warning, so the API, the exports and the JSON-LD never hand it on.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { recordDocument } from '../ingest/records.ts';
import { processDocument } from './process.ts';

const CONTENT = 'أعلنت وزارة الصحة السعودية اليوم عن افتتاح مستشفى جديد في مدينة جدة بسعة خمسمئة سرير، '
  + 'وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان المنطقة الغربية ويخفف الضغط على المستشفيات القائمة.';

it('a record whose url is javascript: keeps no url, says so, and takes its id from its text', () => {
  const read = (url: string) => {
    const { document } = recordDocument({ source: 'okaz', title: 'افتتاح مستشفى جديد في جدة', content: CONTENT, url }, 'test.jsonl:1');
    assert.ok(document);
    return processDocument(document, { now: '2026-11-29T12:00:00.000Z', skip: new Set(['entities', 'quotes', 'dates', 'amounts'] as const) });
  };
  const hostile = read('javascript:alert(document.cookie)');
  assert.equal(hostile.url, undefined);
  assert.equal(hostile.canonicalUrl, undefined);
  assert.ok(hostile.diagnostics.some((d) => d.code === 'extract.unsafe_link' && d.message.startsWith('url')));
  const plain = read('https://www.okaz.com.sa/news/1');
  assert.equal(plain.url, 'https://www.okaz.com.sa/news/1');
  assert.equal(plain.diagnostics.some((d) => d.code === 'extract.unsafe_link'), false);
  assert.notEqual(hostile.id, plain.id);
});

it('a page whose og:image is a data: URL keeps no image', () => {
  const html = `<!doctype html><html lang="ar"><head><title>افتتاح مستشفى جديد في جدة</title>
    <meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>"></head>
    <body><article><h1>افتتاح مستشفى جديد في جدة</h1><p>${CONTENT}</p><p>${CONTENT}</p></article></body></html>`;
  const article = processDocument({ origin: 'page.html', format: 'html', bytes: new TextEncoder().encode(html), url: 'https://example.test/a' },
    { now: '2026-11-29T12:00:00.000Z' });
  assert.equal(article.image, undefined);
  assert.equal(article.url, 'https://example.test/a');
  assert.ok(article.diagnostics.some((d) => d.code === 'extract.unsafe_link' && d.message.startsWith('image')));
});
