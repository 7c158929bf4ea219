import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toDisplay } from '../../text/index.ts';
import { extractScrapedText } from './index.ts';

// Pieces a scraped page is made of, so random pages hit the rules: labels, credits, separators,
// boilerplate, dates, body sentences, noise.
const PIECES = [
  'الأخبار', 'اقتصاد', 'رياضة', 'مقالات ذات صلة', 'زر الذهاب إلى الأعلى', 'اقرأ أيضا', 'شارك', 'تابعونا على',
  'طرابلس-', 'القاهرة (رويترز) -', 'الرياض – واس', 'دمشق، سوريا (CNN) --', 'بيروت ـ', 'واشنطن:', '(أ ف ب) -',
  'كتب:', 'بقلم', 'فايز العلي – عين اليوم', 'لندن: رنا الخطيب', 'سمات', '// انتهى //', '20:26 ت م',
  'الخميس 12 جويلية 2018', 'أعلنت الوزارة اليوم خطة جديدة.', 'وقال المسؤول إن العمل مستمر', '«', '»', '(', ')',
  ':', '-', '–', 'ـ', '،', '.', '\n', '\n\n', ' ', '\u200f', '\u00a0', 'Next Previous', 'a', '1', '٢٠١٩',
];
const page = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

test('any text: no crash, no empty paragraph, every paragraph comes from the input', () => {
  fc.assert(fc.property(page, fc.option(fc.constantFrom('عنوان الخبر', 'لندن: رنا الخطيب', '')), (text, hint) => {
    const result = extractScrapedText(text, hint ? { title: hint, author: hint } : {});
    const flat = toDisplay(text).replace(/\n+/g, ' ');
    for (const paragraph of result.paragraphs) {
      assert.ok(paragraph.trim().length > 0, 'empty paragraph');
      assert.ok(flat.includes(paragraph), `paragraph not in input: ${JSON.stringify(paragraph)}`);
    }
    assert.ok(Array.isArray(result.authors) && typeof result.title === 'string');
  }), { numRuns: 400 });
});

test('extraction is deterministic: the same text twice gives the same result', () => {
  fc.assert(fc.property(page, (text) => {
    assert.deepEqual(extractScrapedText(text), extractScrapedText(text));
  }), { numRuns: 100 });
});

test('paragraphs are display text: NFC, no bidi marks, single spaces', () => {
  const result = extractScrapedText('عنوان\u200f الخبر\n\nالقاهرة\u00a0(رويترز) -  قالت\u200f الوزارة إن الاجتماع انتهى.\n\nوأضافت أن اللجنة ستعود للاجتماع غدا.');
  assert.equal(result.title, 'عنوان الخبر');
  assert.equal(result.dateline, 'القاهرة (رويترز)');
  assert.equal(result.paragraphs[0], 'قالت الوزارة إن الاجتماع انتهى.');
});
