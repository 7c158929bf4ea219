import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinWrappedLines } from './lines.ts';

test('a hard-wrapped text has its broken lines joined into paragraphs', () => {
  const lines = [
    'أظهرت بيانات نشرها مكتب الإحصاء أمس أن نسبة البطالة بين الشباب في',
    'الفئة العمرية من عشرين إلى تسعة وعشرين عاما تراجعت في الربع الأخير',
    'من العام الماضي إلى أدنى مستوى لها منذ عشر سنوات، مدفوعة بنمو قطاع',
    'الخدمات والسياحة وفق ما ذكره التقرير الذي صدر في نهاية الأسبوع.',
    'وقال خبراء إن استمرار هذا الاتجاه مرهون بقدرة الشركات الصغيرة على',
    'الحصول على التمويل.',
  ];
  const result = joinWrappedLines(lines);
  assert.equal(result.joined, true);
  assert.equal(result.lines.length, 2);
  assert.ok(result.lines[0].endsWith('نهاية الأسبوع.'));
});

test('paragraphs that end with punctuation are left alone, short lines too', () => {
  const lines = [
    'أعلنت الوزارة اليوم عن خطة جديدة لتطوير الطرق في المناطق الريفية.',
    'وقال الوزير إن الخطة ستنفذ على ثلاث مراحل خلال خمس سنوات.',
    'صورة من المؤتمر',
    'وأضاف أن الكلفة الإجمالية تقدر بنحو مليار دولار.',
  ];
  assert.deepEqual(joinWrappedLines(lines), { lines, joined: false });
});
