// A record's dates are kept only when they name a real moment: "9999-99-99" or "2015-02-31" never
// becomes publishedAt or firstSeenAt (it sorted first and printed as an empty date); a diagnostic says so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processDocument } from '../pipeline/process.ts';
import { recordDocument } from './records.ts';
import { isoFromLooseDate, validDate } from './loose-date.ts';

const CONTENT = 'أعلنت وزارة الصحة السعودية اليوم عن افتتاح مستشفى جديد في مدينة جدة بسعة خمسمئة سرير، '
  + 'وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان المنطقة الغربية ويخفف الضغط على المستشفيات القائمة.';

function articleFrom(record: Record<string, string>) {
  const result = recordDocument({ source: 'okaz', title: 'افتتاح مستشفى جديد في جدة', content: CONTENT, ...record }, 'test.jsonl:1');
  assert.ok(result.document, 'the record is read');
  return processDocument(result.document, { now: '2026-11-29T12:00:00.000Z' });
}

describe('record dates', () => {
  it('an unparseable or impossible date is dropped with a diagnostic, never stored', () => {
    const article = articleFrom({ date_extracted: '9999-99-99', date: '2015-02-31' });
    assert.equal(article.publishedAt, undefined);
    assert.equal(article.firstSeenAt, '2026-11-29T12:00:00.000Z', 'first seen falls back to the ingest time');
    const dropped = article.diagnostics.filter((d) => d.code === 'extract.invalid_date').map((d) => d.message);
    assert.equal(dropped.length, 2, dropped.join('; '));
    assert.ok(dropped.some((m) => m.includes('9999-99-99')));
  });

  it('a real date is kept: SaudiNewsNet time as UTC, a publication date with its own offset as given', () => {
    const article = articleFrom({ date_extracted: '2015-07-21 02:51:32', date: '2015-07-24T12:00:00+03:00' });
    assert.equal(article.firstSeenAt, '2015-07-21T02:51:32.000Z');
    assert.equal(article.publishedAt, '2015-07-24T12:00:00+03:00');
    assert.equal(article.diagnostics.some((d) => d.code === 'extract.invalid_date'), false);
  });

  it('a date names a real moment only when its day and time exist', () => {
    for (const bad of ['9999-99-99', '2015-02-31', '2015-07-21 25:00', 'أمس', '']) assert.equal(validDate(bad), undefined, bad);
    for (const good of ['2015-07-21', '2016-02-29', '2015-07-21T23:59:59Z']) assert.equal(validDate(good), good);
    assert.equal(isoFromLooseDate('2015-07-21'), '2015-07-21T00:00:00.000Z');
  });
});
