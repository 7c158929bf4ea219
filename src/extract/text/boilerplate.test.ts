import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractScrapedText } from './index.ts';

const TITLE = 'تمديد ساعات عمل الحدائق العامة خلال الصيف';
const P1 = 'قررت البلدية تمديد ساعات عمل الحدائق العامة حتى منتصف الليل طوال أشهر الصيف، استجابة لطلبات السكان الذين يفضلون الخروج بعد انخفاض درجات الحرارة.';
const P2 = 'وأوضح المتحدث باسم البلدية أن القرار يشمل أربعين حديقة في مختلف الأحياء، وأن فرق الحراسة والنظافة ستعمل بنظام المناوبة لتغطية الساعات الإضافية دون كلفة على الزوار.';
const P3 = 'ورحب عدد من السكان بالقرار، مطالبين بزيادة الإنارة في الممرات الداخلية وتوفير مقاعد إضافية للعائلات وكبار السن الذين يرتادون الحدائق في ساعات المساء.';

function page(...lines: string[]): string[] {
  return extractScrapedText([TITLE, ...lines].join('\n\n')).paragraphs;
}

test('a related-articles header cuts everything after it', () => {
  assert.deepEqual(page(P1, P2, 'مقالات ذات صلة', 'افتتاح حديقة جديدة في الضاحية', P3), [P1, P2]);
});

test('back-to-top and share lines are removed wherever they stand', () => {
  assert.deepEqual(page(P1, 'شارك', P2, 'طباعة', 'زر الذهاب إلى الأعلى'), [P1, P2]);
});

test('"read also" inside the story drops only the linked headline', () => {
  assert.deepEqual(page(P1, 'اقرأ أيضا', 'افتتاح حديقة جديدة في الضاحية', P2, P3), [P1, P2, P3]);
  assert.deepEqual(page(P1, 'اقرأ أيضاً: افتتاح حديقة جديدة في الضاحية', P2, P3), [P1, P2, P3]);
});

test('"read also" at the end of the page opens the related block', () => {
  assert.deepEqual(page(P1, P2, 'اقرأ أيضا', 'افتتاح حديقة جديدة في الضاحية', 'ارتفاع أسعار الوقود'), [P1, P2]);
});

test('footer lines at the end are removed: follow us, copyright, tags, contact', () => {
  assert.deepEqual(page(P1, P2, 'تابعونا على تويتر وإنستغرام', 'جميع الحقوق محفوظة © 2021', 'الوسوم: حدائق صيف'), [P1, P2]);
  assert.deepEqual(page(P1, P2, 'لمراسلة الكاتب: writer@example.com'), [P1, P2]);
});

test('a tag list glued onto the last paragraph is cut at the end of the last sentence', () => {
  assert.deepEqual(page(P1, `${P2} سمات حدائق الصيف البلدية`), [P1, P2]);
  assert.deepEqual(page(P1, `${P2} رابط الخبر بصحيفة المدينة اليوم: ${TITLE}`), [P1, P2]);
});

test('"سمات" inside a sentence is body, not a tag list', () => {
  const last = 'ومن سمات هذه الحدائق أنها مفتوحة للجميع دون رسوم دخول.';
  assert.deepEqual(page(P1, last), [P1, last]);
});

test('wire copy end mark and time stamp are removed', () => {
  assert.deepEqual(page(P1, P2, '// انتهى //', '20:26 ت م'), [P1, P2]);
});

test('a share bar glued to the lede is removed', () => {
  assert.deepEqual(page(`شارك عبر تويتر فيسبوك واتساب اكتب رأيك ${P1}`, P2), [P1, P2]);
});

test('pager words before the first line are removed: Next Previous', () => {
  const result = extractScrapedText(`Next Previous عين اليوم – جدة\n${P1}\n${P2}`, { title: TITLE });
  assert.deepEqual(result.paragraphs, [P1, P2]);
  assert.equal(result.dateline, 'جدة');
});

test('a removal is reported as a coded diagnostic', () => {
  const result = extractScrapedText([TITLE, P1, P2, 'مقالات ذات صلة', 'عنوان آخر'].join('\n\n'));
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.related_removed' && d.stage === 'extract'));
  assert.ok(result.diagnostics.some((d) => d.code === 'extract.boilerplate_removed'));
});
