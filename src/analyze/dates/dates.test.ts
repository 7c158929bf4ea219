// One test per rule of the date reader, on phrases written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates, hijriToGregorian } from './index.ts';
import type { DateMention } from '../../core/types.ts';

const PUBLISHED = '2015-08-10T09:30:00Z'; // a Monday

function only(text: string, publishedAt?: string): DateMention {
  const dates = findDates(text, { publishedAt });
  assert.equal(dates.length, 1, `one date in «${text}»: ${JSON.stringify(dates)}`);
  assert.equal(text.slice(dates[0].start, dates[0].end), dates[0].text);
  return dates[0];
}

test('day, Levantine month and year: 10 كانون الأول 2018 → 2018-12-10', () => {
  const date = only('جرت الانتخابات في 10 كانون الأول 2018 وسط إقبال ضعيف');
  assert.deepEqual([date.text, date.value, date.precision], ['10 كانون الأول 2018', '2018-12-10', 'day']);
});

test('Egyptian/Gulf and Maghrebi month names: 3 أغسطس 2015, 27 جويلية 2015, 5 فيفري 2014', () => {
  assert.equal(only('افتتح في 3 أغسطس 2015').value, '2015-08-03');
  assert.equal(only('افتتح في 27 جويلية 2015').value, '2015-07-27');
  assert.equal(only('افتتح في 5 فيفري 2014').value, '2014-02-05');
});

test('numeric dates with Arabic-Indic digits, day first: ١٠/١٢/٢٠١٨ → 2018-12-10', () => {
  assert.equal(only('بتاريخ ١٠/١٢/٢٠١٨ صدر القرار').value, '2018-12-10');
});

test('a Hijri date goes to ISO through Umm al-Qura: 15 رمضان 1436 هـ → 2015-07-02', () => {
  const date = only('وصل الوفد في 15 رمضان 1436 هـ إلى المدينة');
  assert.deepEqual([date.value, date.precision, date.calendar], ['2015-07-02', 'day', 'hijri']);
  assert.equal(date.text, '15 رمضان 1436 هـ');
});

test('a numeric Hijri date, year first: 1436/10/15 هـ → 2015-07-31', () => {
  assert.equal(only('ونفذ الحكم الجمعة الموافق 1436/10/15 هـ').value, '2015-07-31');
});

test('hijriToGregorian rejects a day the month does not have', () => {
  assert.equal(hijriToGregorian(1436, 13, 1), undefined);
  assert.equal(hijriToGregorian(1436, 9, 31), undefined);
});

test('an ordinal day with من and a month: في العاشر من ديسمبر (year from publication)', () => {
  const date = only('تجرى الانتخابات في العاشر من ديسمبر', PUBLISHED);
  assert.deepEqual([date.text, date.value, date.relative], ['العاشر من ديسمبر', '2015-12-10', true]);
  assert.equal(only('في الحادي والعشرين من شهر مارس 2014').value, '2014-03-21');
});

test('a day and month with no year is left out when the publication date is unknown', () => {
  assert.deepEqual(findDates('تجرى الانتخابات في العاشر من ديسمبر'), []);
});

test('month and year: يوليو 2013 → 2013-07 (month)', () => {
  const date = only('منذ يوليو 2013 لم تعقد جلسة');
  assert.deepEqual([date.value, date.precision], ['2013-07', 'month']);
});

test('a year in a date context: في 2011 → 2011 (year)', () => {
  const date = only('سقط النظام في 2011.');
  assert.deepEqual([date.value, date.precision], ['2011', 'year']);
});

test('a number that is money or a count is not a year: 2011 دولار, 2000 زائر', () => {
  assert.deepEqual(findDates('تبرع بـ 2011 دولار واستقبل المعرض 2000 زائر'), []);
});

test('relative days resolve against publication: أمس، أول أمس، غدا', () => {
  assert.equal(only('وقال أمس إن', PUBLISHED).value, '2015-08-09');
  assert.equal(only('وصل أول أمس', PUBLISHED).value, '2015-08-08');
  assert.equal(only('يصل غدا', PUBLISHED).value, '2015-08-11');
});

test('a weekday is the last one on or before publication; المقبل is the next one', () => {
  assert.equal(only('واجتمع الوزراء الخميس', PUBLISHED).value, '2015-08-06');
  assert.equal(only('ويجتمع الوزراء الخميس المقبل', PUBLISHED).value, '2015-08-13');
});

test('relative units: الأسبوع الماضي (approximate day), الشهر المقبل (month), العام الماضي (year)', () => {
  const week = only('زار الأسبوع الماضي', PUBLISHED);
  assert.deepEqual([week.value, week.approximate], ['2015-08-03', true]);
  assert.deepEqual([only('يبدأ الشهر المقبل', PUBLISHED).value, only('يبدأ الشهر المقبل', PUBLISHED).precision], ['2015-09', 'month']);
  assert.equal(only('ارتفع العام الماضي', PUBLISHED).value, '2014');
});

test('relative dates are not read without a publication date', () => {
  assert.deepEqual(findDates('وقال أمس إن الاجتماع سيعقد الخميس المقبل'), []);
});

test('اليوم followed by a definite adjective is a name, not today: اليوم الوطني', () => {
  assert.deepEqual(findDates('احتفالات اليوم الوطني', { publishedAt: PUBLISHED }), []);
});

test('a month that is also a verb needs a day or a year: مارس الرياضة', () => {
  assert.deepEqual(findDates('مارس الرياضة منذ صغره', { publishedAt: PUBLISHED }), []);
});

test('the first day of a range takes the month of the second: من 13 - 16 سبتمبر 2015', () => {
  const dates = findDates('في الفترة من 13 - 16 سبتمبر 2015م');
  assert.deepEqual(dates.map((d) => d.value), ['2015-09-13', '2015-09-16']);
});

test('dates point at their own text on any input', () => {
  const parts = ['10', '١٠', '/', '2018', '1436', 'هـ', 'م', 'كانون', 'الأول', 'ديسمبر', 'رمضان', 'العاشر', 'من', 'أمس', 'الخميس', 'المقبل', 'في', '\n', 'دولار', 'الشهر'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 50 }), (chosen) => {
    const text = chosen.join(' ');
    for (const date of findDates(text, { publishedAt: PUBLISHED })) {
      assert.equal(text.slice(date.start, date.end), date.text);
      assert.match(date.value, /^\d{4}(-\d{2}(-\d{2})?)?$/u);
    }
  }), { numRuns: 300 });
});

test('اليوم after an outlet word is the outlet: عين اليوم, لـ"اليوم"', () => {
  assert.deepEqual(findDates('تقرير عين اليوم من جدة، وقال لـ"اليوم" المدير', { publishedAt: PUBLISHED }), []);
});

test('words between a month and its year: 25 يناير عام 2011, يناير من عام 2015', () => {
  assert.equal(only('منذ ثورة 25 يناير عام 2011').value, '2011-01-25');
  assert.equal(only('منذ شهر يناير من عام 2015').value, '2015-01');
});

test('a short month name does not take a prefix: باب is not ب + آب', () => {
  assert.deepEqual(findDates('وقف عند باب القاعة', { publishedAt: PUBLISHED }), []);
});
