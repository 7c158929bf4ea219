// Bad input never crashes or hangs the extractor: it yields an article with a diagnostic, or a
// MarsadError with a one-line message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.ts';
import { decodeBytes } from '../decode/index.ts';
import { MarsadError } from '../../core/errors.ts';

const PARAGRAPH = 'قال وزير الزراعة إن موسم الحصاد بدأ مبكرا هذا العام بسبب ارتفاع درجات الحرارة، وإن الإنتاج المتوقع يفوق حاجة السوق المحلية.';
const NUMBERED = ['أولا', 'ثانيا', 'ثالثا', 'رابعا'].map((n) => `${n}: ${PARAGRAPH}`);
const ARTICLE = `<html><head><title>موسم الحصاد</title></head><body><article><h1>موسم الحصاد يبدأ مبكرا</h1>${NUMBERED.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test('truncated HTML still yields the paragraphs that arrived', () => {
  const cut = ARTICLE.slice(0, ARTICLE.lastIndexOf('<p>') + 40);
  const result = extractHtml(cut);
  assert.deepEqual(result.paragraphs.slice(0, 3), NUMBERED.slice(0, 3));
});

test('a page cut inside a tag or an attribute does not throw', () => {
  for (const end of [ARTICLE.indexOf('<article') + 5, ARTICLE.indexOf('<title>') + 3, 17]) {
    const result = extractHtml(ARTICLE.slice(0, end));
    assert.ok(Array.isArray(result.paragraphs));
  }
});

test('markup nested 10,000 levels deep is flattened, not a stack overflow', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p><p>${PARAGRAPH} ثانيا</p>${'</div>'.repeat(depth)}</body></html>`;
  const result = extractHtml(html);
  assert.ok(result.paragraphs.some((p) => p.startsWith('قال وزير الزراعة')));
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.deep_nesting'));
});

test('unclosed inline markup 10,000 deep does not overflow either', () => {
  const html = `<body><p>${'<b><i><span>'.repeat(3_400)}${PARAGRAPH}</p></body>`;
  const result = extractHtml(html);
  assert.ok(result.paragraphs.join(' ').includes('موسم الحصاد بدأ'));
});

test('a 20 MB page is extracted (bounded work, no crash)', () => {
  const block = `<div class="item"><p>${PARAGRAPH}</p><a href="/x">رابط</a></div>`;
  const html = `<html><body><main>${block.repeat(Math.ceil(20_000_000 / block.length))}</main></body></html>`;
  assert.ok(html.length >= 20_000_000);
  const result = extractHtml(html);
  assert.ok(result.paragraphs.length > 0);
});

test('a page with no <body> or <html> is read as a body', () => {
  const result = extractHtml(`<title>خبر</title><h1>موسم الحصاد يبدأ مبكرا</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH} مرة أخرى</p>`);
  assert.equal(result.paragraphs[0], PARAGRAPH);
  assert.equal(result.title, 'موسم الحصاد يبدأ مبكرا');
});

test('a script-only page gives no paragraphs and an extract.no_content diagnostic', () => {
  const result = extractHtml('<html><head><script>var a = "قال وزير الزراعة";</script></head><body><script>document.write("x")</script><noscript>فعّل جافاسكربت</noscript></body></html>');
  assert.deepEqual(result.paragraphs, []);
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.no_content'));
});

test('an empty string gives a no-content diagnostic, not an exception', () => {
  const result = extractHtml('');
  assert.deepEqual(result.paragraphs, []);
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.no_content'));
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.no_title'));
});

test('a binary file named .html is refused by decoding with binary_input', () => {
  const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0]);
  assert.throws(() => decodeBytes(gif), (e: unknown) => e instanceof MarsadError && e.code === 'binary_input' && !e.message.includes('\n'));
});

test('malformed JSON-LD is skipped with a diagnostic', () => {
  const html = ARTICLE.replace('</head>', '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>');
  const result = extractHtml(html);
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.malformed_json_ld'));
  assert.ok(result.paragraphs.includes(NUMBERED[0]));
});

test('100,000 sibling paragraphs are handled without quadratic work on siblings', () => {
  const html = `<html><body>${Array.from({ length: 100_000 }, (_, i) => `<p>${i} ${PARAGRAPH}</p>`).join('')}</body></html>`;
  const result = extractHtml(html);
  assert.ok(result.paragraphs.length > 1000);
});
