import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractScrapedText } from './index.ts';

const BODY = [
  'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد للأطفال في الضاحية الجنوبية بسعة مئتي سرير.',
  'وقال الوزير إن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل.',
].join('\n\n');

test('a headline printed twice is kept once', () => {
  const result = extractScrapedText(`افتتاح مستشفى جديد للأطفال\n\nافتتاح مستشفى جديد للأطفال\n\n${BODY}`);
  assert.equal(result.title, 'افتتاح مستشفى جديد للأطفال');
  assert.equal(result.paragraphs.length, 2);
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.duplicate_headline_removed'));
});

test('a 1–3 word line above a longer headline is the section label', () => {
  const result = extractScrapedText(`صحة ومجتمع\n\nافتتاح مستشفى جديد للأطفال\n\n${BODY}`);
  assert.equal(result.section, 'صحة ومجتمع');
  assert.equal(result.title, 'افتتاح مستشفى جديد للأطفال');
});

test('a known section name is the section even above a headline of the same length', () => {
  const result = extractScrapedText(`محليات\n\nمستشفى للأطفال\n\n${BODY}`);
  assert.equal(result.section, 'محليات');
  assert.equal(result.title, 'مستشفى للأطفال');
});

test('a short headline with no label above it is the title, not a section', () => {
  const result = extractScrapedText(`مستشفى للأطفال\n\n${BODY}`);
  assert.equal(result.section, undefined);
  assert.equal(result.title, 'مستشفى للأطفال');
});

test('a breadcrumb gives its last crumb as the section', () => {
  const result = extractScrapedText(`الرئيسية » أخبار » الصحة\n\nافتتاح مستشفى جديد للأطفال\n\n${BODY}`);
  assert.equal(result.section, 'الصحة');
  assert.equal(result.title, 'افتتاح مستشفى جديد للأطفال');
});

test('a line repeating the record title is dropped, even when the title was cut mid-word', () => {
  const title = 'افتتاح مستشفى جديد للأطفال في الضاحية الجنو';
  const result = extractScrapedText(`افتتاح مستشفى جديد للأطفال في الضاحية الجنوبية\n${BODY}`, { title });
  assert.equal(result.title, title);
  assert.ok(result.paragraphs[0].startsWith('أعلنت وزارة الصحة'));
});

test('a record title led by a desk name gives the section: اقتصادي / …', () => {
  const result = extractScrapedText(BODY, { title: 'اقتصادي / مؤشر السوق يغلق مرتفعا' });
  assert.equal(result.section, 'اقتصادي');
  assert.equal(result.title, 'مؤشر السوق يغلق مرتفعا');
});

test('a text that opens with a body paragraph has no title and says so', () => {
  const result = extractScrapedText(BODY);
  assert.equal(result.title, '');
  assert.equal(result.paragraphs.length, 2);
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.no_title' && d.severity === 'warning'));
});

test('a byline line at the top is not taken for a headline', () => {
  const result = extractScrapedText(`سلمان العتيبي – متابعات\n${BODY}`);
  assert.equal(result.title, '');
  assert.deepEqual(result.authors, ['سلمان العتيبي']);
});
