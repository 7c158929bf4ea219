import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { arabicDate, arabicDelay, arabicNumber, ARTICLE_FORMS, countNoun } from './format.ts';

describe('Arabic presentation', () => {
  it('the count agrees with the noun: مقال واحد، مقالان، 3 مقالات، 11 مقالًا', () => {
    assert.equal(countNoun(1, ARTICLE_FORMS), 'مقال واحد');
    assert.equal(countNoun(2, ARTICLE_FORMS), 'مقالان');
    assert.equal(countNoun(3, ARTICLE_FORMS), `${arabicNumber(3)} مقالات`);
    assert.equal(countNoun(11, ARTICLE_FORMS), `${arabicNumber(11)} مقالًا`);
    assert.equal(countNoun(103, ARTICLE_FORMS), `${arabicNumber(103)} مقالات`);
  });

  it('a delay after the first publication reads as Arabic: بعد ساعتين، بعد 3 أيام', () => {
    assert.equal(arabicDelay('2015-07-21T09:00:00Z', '2015-07-21T11:30:00Z'), 'بعد ساعتين');
    assert.equal(arabicDelay('2015-07-21T09:00:00Z', '2015-07-24T09:00:00Z'), `بعد ${arabicNumber(3)} أيام`);
    assert.equal(arabicDelay('2015-07-21T09:00:00Z', '2015-07-21T09:00:20Z'), undefined);
  });

  it('a date given as midnight shows no time, a real time shows', () => {
    assert.doesNotMatch(arabicDate('2015-07-21T00:00:00Z', true)!, /[0-9٠-٩]{1,2}:[0-9٠-٩]{2}/);
    assert.match(arabicDate('2015-07-21T09:15:00Z', true)!, /[0-9٠-٩]{1,2}:[0-9٠-٩]{2}/);
    assert.equal(arabicDate('yesterday'), undefined);
  });

  it('a number reads as Intl writes it in Arabic, whatever its size or sign: 30,671 مقالًا', () => {
    const intl = new Intl.NumberFormat('ar');
    fc.assert(fc.property(fc.oneof(fc.nat(), fc.integer(), fc.maxSafeNat(), fc.double({ noNaN: true })), (n) => {
      assert.equal(arabicNumber(n), intl.format(n), String(n));
    }), { numRuns: 5000 });
    for (const n of [0, 9, 10, 999, 1000, 30_671, 1_000_000]) assert.equal(arabicNumber(n), intl.format(n), String(n));
  });

  it('a date reads as Intl writes it in Arabic, day by day over years: 25 ديسمبر 2015', () => {
    const intl = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000 * 3 + 3_600_000) {
      const iso = new Date(time).toISOString();
      assert.equal(arabicDate(iso), intl.format(new Date(time)), iso);
    }
    for (const iso of ['0999-12-31T00:00:00Z', '1000-01-01T00:00:00Z', '9999-12-31T23:00:00Z', '2015-12-25']) {
      assert.equal(arabicDate(iso), intl.format(new Date(iso)), iso);
    }
  });
});

describe('times in their own zone', () => {
  it('a time is shown in the offset it was written with, and says its zone', () => {
    const riyadh = arabicDate('2015-07-24T12:00:00+03:00', true)!;
    assert.match(riyadh, /12:00/);
    assert.match(riyadh, /بتوقيت غرينتش\+3$/);
    assert.match(arabicDate('2015-07-24T09:00:00Z', true)!, /9:00.*بتوقيت غرينتش$/);
    // Just after midnight in Riyadh is still the day before in UTC: the page shows the source's day.
    assert.equal(arabicDate('2015-07-24T01:00:00+03:00'), arabicDate('2015-07-24'));
    assert.match(arabicDate('2015-07-24T12:00:00+05:30', true)!, /بتوقيت غرينتش\+5:30$/);
  });
});
