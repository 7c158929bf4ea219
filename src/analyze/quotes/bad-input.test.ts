// Bad input: unbalanced marks across a whole article, a 50,000-character quote, nested quotes.
// The finder must finish (its passes are linear in the text, with bounded windows) and no quote
// may be longer than its paragraph unless its marks close it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './index.ts';

const SENTENCE = 'وقال المسؤول إن المشروع سيكتمل قريبا وإن العمل يسير وفق الخطة المرسومة';

function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const part of text.split('\n\n')) { spans.push({ start, end: start + part.length }); start += part.length + 2; }
  return spans;
}

test('an opening mark in every paragraph and no closing mark: each quote ends with its paragraph', () => {
  const text = Array.from({ length: 400 }, (_, i) => `وقال الوزير «${SENTENCE} رقم ${i}`).join('\n\n');
  const quotes = findQuotes(text);
  const paragraphs = paragraphsOf(text);
  assert.ok(quotes.length > 0);
  for (const quote of quotes) {
    assert.ok(paragraphs.some((p) => p.start <= quote.start && quote.end <= p.end), 'a quote stays inside one paragraph');
  }
});

test('closing marks only, thousands of them, give no quote that spans paragraphs', () => {
  const text = Array.from({ length: 2000 }, () => `${SENTENCE}» ”`).join('\n\n');
  for (const quote of findQuotes(text)) assert.ok(!quote.text.includes('\n'));
});

test('a 50,000-character quote between two marks is one quote of that length', () => {
  const body = Array.from({ length: 800 }, () => SENTENCE).join(' ').slice(0, 50_000).trim();
  const text = `وقال الرئيس «${body}».`;
  const quotes = findQuotes(text).filter((q) => q.direct);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, body);
});

test('a 50,000-character paragraph after an unclosed mark ends at the paragraph', () => {
  const body = Array.from({ length: 800 }, () => SENTENCE).join(' ').slice(0, 50_000).trim();
  const text = `وقال الرئيس «${body}\n\nوفي خبر آخر افتتح معرض للكتاب.`;
  for (const quote of findQuotes(text)) assert.ok(quote.end <= text.indexOf('\n\n'));
});

test('quotes nested ten deep do not multiply: one outer quote', () => {
  const inner = Array.from({ length: 10 }, (_, i) => `«مستوى ${i} من الكلام المنقول`).join(' ') + ' النهاية' + '»'.repeat(10);
  const quotes = findQuotes(`وقال المتحدث ${inner}.`).filter((q) => q.direct);
  assert.equal(quotes.length, 1);
});

test('a text of marks and speech verbs only finishes without a quote of the whole text', () => {
  const text = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 'قال' : i % 3 === 1 ? '"' : 'أن')).join(' ');
  for (const quote of findQuotes(text)) assert.ok(quote.text.length < text.length);
});
