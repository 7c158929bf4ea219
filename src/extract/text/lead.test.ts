import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractScrapedText } from './index.ts';

const HEADLINE = 'انقطاع الكهرباء عن أحياء واسعة بسبب العاصفة';
const LEDE = 'انقطع التيار الكهربائي مساء الأحد عن أحياء واسعة بعد أن أسقطت الرياح العاتية عددا من الأعمدة.';
const SECOND = 'وقالت شركة الكهرباء إن فرق الصيانة تعمل على إعادة التيار خلال ساعات.';
const STANDFIRST = 'الشركة تتوقع عودة التيار إلى معظم المنازل قبل صباح الغد وتدعو السكان إلى الحذر.';

function page(first: string, withStandfirst = false): string {
  return [HEADLINE, ...(withStandfirst ? [STANDFIRST] : []), first, SECOND].join('\n\n');
}

const DATELINE_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['طرابلس- ', 'طرابلس'],
  ['طرابلس – ', 'طرابلس'],
  ['القاهرة (رويترز) - ', 'القاهرة (رويترز)'],
  ['الرياض – واس ', 'الرياض (واس)'],
  ['الرياض - واس: ', 'الرياض (واس)'],
  ['دمشق، سوريا (CNN) -- ', 'دمشق، سوريا (CNN)'],
  ['بيروت ـ ', 'بيروت'],
  ['واشنطن: ', 'واشنطن'],
  ['(أ ف ب) - ', '(أ ف ب)'],
  ['رويترز- بنغازي (ليبيا): ', 'بنغازي، ليبيا (رويترز)'],
];

for (const [prefix, dateline] of DATELINE_FORMS) {
  test(`a dateline opening the first paragraph is read and removed: ${prefix.trim()}`, () => {
    const result = extractScrapedText(page(prefix + LEDE));
    assert.equal(result.dateline, dateline);
    assert.equal(result.paragraphs[0], LEDE);
  });
}

test('a dateline on a line of its own is read and the line removed: الرياض – واس', () => {
  const result = extractScrapedText(page(`الرياض – واس\n\n${LEDE}`));
  assert.equal(result.dateline, 'الرياض (واس)');
  assert.equal(result.paragraphs[0], LEDE);
});

test('an unknown town is a dateline before a dash but not before a colon', () => {
  assert.equal(extractScrapedText(page(`قليبية- ${LEDE}`)).dateline, 'قليبية');
  const colon = extractScrapedText(page(`قال المرصد: ${LEDE}`));
  assert.equal(colon.dateline, undefined);
  assert.ok(colon.paragraphs[0].startsWith('قال المرصد:'));
});

test('a dash that opens an aside is not a dateline: وصل - بحفظ الله -', () => {
  const result = extractScrapedText(page(`وصل - بحفظ الله ورعايته - وفد المملكة إلى العاصمة مساء أمس في زيارة رسمية تستمر يومين.`));
  assert.equal(result.dateline, undefined);
  assert.ok(result.paragraphs[0].startsWith('وصل - بحفظ الله'));
});

test('a lede opening with a conjunction and a verb is not a dateline: وقال –', () => {
  const result = extractScrapedText(page(`وقال – في بيان مقتضب – إن الأضرار محدودة وإن الفرق انتشرت في الأحياء المتضررة منذ الصباح.`));
  assert.equal(result.dateline, undefined);
});

test('the paragraph above the dateline paragraph is the standfirst', () => {
  const result = extractScrapedText(page(`طرابلس- ${LEDE}`, true));
  assert.equal(result.standfirst, STANDFIRST);
  assert.equal(result.paragraphs[0], LEDE);
});

test('without a dateline or byline under it the first paragraph is body, not standfirst', () => {
  const result = extractScrapedText(page(LEDE, true));
  assert.equal(result.standfirst, undefined);
  assert.equal(result.paragraphs[0], STANDFIRST);
  assert.equal(result.paragraphs.length, 3);
});

test('a byline line whose line break was lost is still cut off the lede', () => {
  const result = extractScrapedText(`صدى الساحل – متابعات ${LEDE}\n${SECOND}`, { title: HEADLINE, source: 'صدى الساحل' });
  assert.equal(result.paragraphs[0], LEDE);
});
