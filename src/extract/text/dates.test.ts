import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, isDateLine } from './dates.ts';
import { LEXICON } from './match.ts';

test('a day, a month name and a year give an ISO date: 10 أغسطس 2015', () => {
  assert.equal(findDate('10 أغسطس 2015', LEXICON)?.iso, '2015-08-10');
});

test('Levantine, Maghrebi and Egyptian month names are all read', () => {
  assert.equal(findDate('14 كانون الثاني 2020', LEXICON)?.iso, '2020-01-14');
  assert.equal(findDate('3 جويلية 2018', LEXICON)?.iso, '2018-07-03');
  assert.equal(findDate('21 يوليوز 2019', LEXICON)?.iso, '2019-07-21');
  assert.equal(findDate('5 يونيه 2017', LEXICON)?.iso, '2017-06-05');
});

test('the Gregorian date after الموافق is read, not the Hijri one', () => {
  assert.equal(findDate('بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس', LEXICON)?.iso, '2015-08-10');
});

test('Arabic-Indic digits are read: ١٢ مارس ٢٠١٩', () => {
  assert.equal(findDate('١٢ مارس ٢٠١٩', LEXICON)?.iso, '2019-03-12');
});

test('an impossible day is no date: 31 فبراير 2019', () => {
  assert.equal(findDate('31 فبراير 2019', LEXICON), undefined);
});

test('a line holding only a date is a date line; a sentence with a date is not', () => {
  assert.equal(isDateLine('الخميس 12 جويلية 2018', LEXICON)?.iso, '2018-07-12');
  assert.equal(isDateLine('نشر في: 2018-06-01 12:30', LEXICON)?.iso, '2018-06-01');
  assert.equal(isDateLine('وصل الوفد يوم 12 يوليو 2018 إلى العاصمة', LEXICON), undefined);
});
