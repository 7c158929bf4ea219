import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateReader } from './date-text.ts';

const reader = new DateReader();
const first = (text: string) => reader.first(text)?.iso;

test('Egyptian/Gulf month names: 25 يناير 2024 → 2024-01-25', () => {
  assert.equal(first('الخميس 25 يناير 2024 - 03:15 م'), '2024-01-25');
});

test('Arabic-Indic digits are read: ٢٥ يناير ٢٠٢٤ → 2024-01-25', () => {
  assert.equal(first('الخميس، ٢٥ يناير ٢٠٢٤'), '2024-01-25');
});

test('Persian (extended Arabic-Indic) digits are read: ۱۲ مارس ۲۰۲۴ → 2024-03-12', () => {
  assert.equal(first('۱۲ مارس ۲۰۲۴'), '2024-03-12');
});

test('Levantine two-word month names: ١٢ كانون الثاني ٢٠٢٤ → 2024-01-12, not December', () => {
  assert.equal(first('الجمعة ١٢ كانون الثاني ٢٠٢٤'), '2024-01-12');
  assert.equal(first('3 كانون الأول 2023'), '2023-12-03');
  assert.equal(first('9 تشرين الثاني 2022'), '2022-11-09');
});

test('Levantine name with the Gregorian one beside it: 5 شباط/فبراير 2024', () => {
  assert.equal(first('بيروت في 5 شباط/فبراير 2024'), '2024-02-05');
});

test('Maghrebi month names: 14 جانفي 2024, 3 أوت 2023, Moroccan 7 شتنبر 2022', () => {
  assert.equal(first('الأحد 14 جانفي 2024'), '2024-01-14');
  assert.equal(first('3 أوت 2023'), '2023-08-03');
  assert.equal(first('7 شتنبر 2022'), '2022-09-07');
});

test('hamza and yeh spelling variants of a month match: ابريل and أبريل', () => {
  assert.equal(first('1 ابريل 2021'), '2021-04-01');
  assert.equal(first('1 إبريل 2021'), '2021-04-01');
});

test('a Hijri date alone is converted with Umm al-Qura: 1 شوال 1436 هـ → 2015-07-17', () => {
  const found = reader.first('1 شوال 1436 هـ');
  assert.equal(found?.iso, '2015-07-17');
  assert.equal(found?.calendar, 'hijri');
});

test('when Hijri and Gregorian dates are printed together the Gregorian one wins', () => {
  assert.equal(first('الأحد 12 رجب 1445 هـ الموافق 24 يناير 2024 م'), '2024-01-24');
});

test('numeric dates are day first, as Arabic pages write them: 05/03/2024 → 2024-03-05', () => {
  assert.equal(first('نشر بتاريخ 05/03/2024'), '2024-03-05');
  assert.equal(first('2024/03/05'), '2024-03-05');
});

test('impossible dates are rejected: 31 فبراير 2024', () => {
  assert.equal(first('31 فبراير 2024'), undefined);
});

test('ISO metadata keeps its own offset instead of shifting the day to UTC', () => {
  assert.equal(reader.readValue('2024-03-15T01:30:00+03:00'), '2024-03-15T01:30:00+03:00');
  assert.equal(reader.readValue('2024-03-15'), '2024-03-15');
});

test('a date in the URL path is evidence: /2019/08/02/', () => {
  assert.equal(reader.fromUrl('https://example.com/2019/08/02/title/'), '2019-08-02');
});
