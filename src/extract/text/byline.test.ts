import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractScrapedText } from './index.ts';
import { readAuthorField } from './byline.ts';
import { LEXICON } from './match.ts';

const CONTEXT = { lexicon: LEXICON };
const TITLE = 'افتتاح مكتبة عامة في الحي القديم';
const BODY = 'افتتحت البلدية صباح اليوم مكتبة عامة في الحي القديم تضم أكثر من عشرين ألف كتاب.\nوتفتح المكتبة أبوابها يوميا حتى العاشرة مساء.';

function record(firstLine: string, author?: string) {
  return extractScrapedText(`${firstLine}\n${BODY}`, { title: TITLE, author });
}

test('the writer before the outlet is the author: ماهر الدوسري – عين اليوم', () => {
  const result = record('ماهر الدوسري – عين اليوم');
  assert.deepEqual(result.authors, ['ماهر الدوسري']);
  assert.ok(result.paragraphs[0].startsWith('افتتحت البلدية'));
});

test('after the outlet stands the place: عين اليوم – جدة', () => {
  const result = record('عين اليوم – جدة');
  assert.deepEqual(result.authors, []);
  assert.equal(result.dateline, 'جدة');
});

test('after the outlet a known given name is a writer, not a place: عين اليوم – هيفاء السالم', () => {
  const result = record('عين اليوم – هيفاء السالم');
  assert.deepEqual(result.authors, ['هيفاء السالم']);
  assert.equal(result.dateline, undefined);
});

test('a writer and a town joined by a dash: حاتم البلوي – تربة', () => {
  const result = record('حاتم البلوي – تربة');
  assert.deepEqual(result.authors, ['حاتم البلوي']);
  assert.equal(result.dateline, 'تربة');
});

test('كتب: and بقلم introduce the author', () => {
  assert.deepEqual(record('كتب: محمد علي').authors, ['محمد علي']);
  assert.deepEqual(record('بقلم عبدالعزيز الحمدان').authors, ['عبدالعزيز الحمدان']);
});

test('a photographer is never an author: تصوير', () => {
  const field = readAuthorField('الرس - محمد الراشد / تصوير - صالح المري:', CONTEXT);
  assert.deepEqual(field?.persons, ['محمد الراشد']);
});

test('a misspelt outlet before a desk word is not taken for a writer: صدى الساحلل – متابعات', () => {
  const result = extractScrapedText(`صدى الساحلل – متابعات\n${BODY}`, { title: TITLE, source: 'صدى الساحل' });
  assert.deepEqual(result.authors, []);
});

test('the outlet named in the hints is recognised in its own bylines: فلان – صدى الساحل', () => {
  const result = extractScrapedText(`ماهر الدوسري – صدى الساحل\n${BODY}`, { title: TITLE, source: 'صدى الساحل' });
  assert.deepEqual(result.authors, ['ماهر الدوسري']);
  assert.ok(result.paragraphs[0].startsWith('افتتحت البلدية'));
});

test('two clauses joined by a comma are a sentence, not a byline', () => {
  const result = record('فلا الليل طويل، ولا الصبح قريب');
  assert.deepEqual(result.authors, []);
  assert.equal(result.paragraphs[0], 'فلا الليل طويل، ولا الصبح قريب');
});

test('a lone name line at the top is kept unless the author field names it', () => {
  assert.deepEqual(record('ناصر الفهيد').authors, []);
  assert.equal(record('ناصر الفهيد').paragraphs[0], 'ناصر الفهيد');
  const named = record('ناصر الفهيد', 'ناصر الفهيد');
  assert.deepEqual(named.authors, ['ناصر الفهيد']);
  assert.ok(named.paragraphs[0].startsWith('افتتحت البلدية'));
});

test('author field: a place before a colon, the writer after it: لندن: رنيم الأحمد', () => {
  const result = extractScrapedText(BODY, { title: TITLE, author: 'لندن: رنيم الأحمد' });
  assert.deepEqual(result.authors, ['رنيم الأحمد']);
  assert.equal(result.dateline, 'لندن');
});

test('author field: a writer and the town in brackets: خالد الصبحي (جدة)', () => {
  const field = readAuthorField('&nbsp;خالد الصبحي (جدة)', CONTEXT);
  assert.deepEqual(field?.persons, ['خالد الصبحي']);
  assert.deepEqual(field?.places, ['جدة']);
});

test('author field: an outlet or agency alone gives no author', () => {
  for (const field of ['واس (جدة)', 'الرياض - واس', 'لندن: «الشرق الأوسط»', 'اليوم - خاص', 'رويترز']) {
    assert.deepEqual(readAuthorField(field, CONTEXT)?.persons ?? [], [], field);
  }
});

test('author field: several credits separated by spaces each give their writer', () => {
  const field = readAuthorField('صنعاء: عرفات الحكيمي  عدن: فؤاد علي سالم', CONTEXT);
  assert.deepEqual(field?.persons, ['عرفات الحكيمي', 'فؤاد علي سالم']);
});

test('author field: a double space inside a name does not split it', () => {
  assert.deepEqual(readAuthorField('محمد أحمد  الغامدي', CONTEXT)?.persons, ['محمد أحمد الغامدي']);
});

test('author field: a column name is neither a writer nor a place: إضاءة - نايف الشهري', () => {
  const field = readAuthorField('إضاءة - نايف الشهري', CONTEXT);
  assert.deepEqual(field?.persons, ['نايف الشهري']);
  assert.deepEqual(field?.places, []);
});
