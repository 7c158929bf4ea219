// One test per rule of the amount reader, on phrases written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findAmounts, parseNumeral } from './index.ts';
import type { AmountMention } from '../../core/types.ts';

function only(text: string): AmountMention {
  const amounts = findAmounts(text);
  assert.equal(amounts.length, 1, `one amount in «${text}»: ${JSON.stringify(amounts)}`);
  assert.equal(text.slice(amounts[0].start, amounts[0].end), amounts[0].text);
  return amounts[0];
}

test('a number, a scale word and a currency: 635 مليون دولار → 635000000 USD', () => {
  const amount = only('وأنفقت الحكومة 635 مليون دولار على الطرق.');
  assert.deepEqual([amount.text, amount.value, amount.currency], ['635 مليون دولار', 635_000_000, 'USD']);
});

test('Arabic-Indic digits with the Arabic decimal separator: ٦٣٥٫٥ مليون ريال', () => {
  assert.equal(only('بلغت الكلفة ٦٣٥٫٥ مليون ريال').value, 635_500_000);
});

test('a comma groups thousands: 1,200 يورو → 1200', () => {
  assert.equal(only('دفع 1,200 يورو').value, 1200);
});

test('a decimal point: 1.5 مليار درهم → 1500000000', () => {
  assert.equal(only('استثمار بقيمة 1.5 مليار درهم').value, 1_500_000_000);
});

test('the wire style 9ر10 is 10.9 (digits reversed around ر)', () => {
  assert.equal(only('بقيمة 9ر10 ملايين دولار').value, 10_900_000);
});

test('number words: ثلاثة ملايين جنيه إسترليني → 3000000 GBP', () => {
  const amount = only('تبرع بثلاثة ملايين جنيه إسترليني');
  assert.equal(amount.value, 3_000_000);
  assert.equal(amount.currency, 'GBP');
});

test('number words joined by و: واحد وعشرون ألفا وثلاثمائة ريال → 21300', () => {
  assert.equal(only('جمع واحدا وعشرين ألفا وثلاثمائة ريال').value, 21_300);
});

test('scales add up across و: مليار و200 مليون دولار → 1200000000', () => {
  assert.equal(only('صفقة بقيمة مليار و200 مليون دولار').value, 1_200_000_000);
});

test('half of a scale: مليون ونصف المليون ريال → 1500000, نصف مليون دولار → 500000', () => {
  assert.equal(only('جائزة قدرها مليون ونصف المليون ريال').value, 1_500_000);
  assert.equal(only('كلف نصف مليون دولار').value, 500_000);
});

test('a dual scale: ألفي ريال → 2000', () => {
  assert.equal(only('غرامة ألفي ريال').value, 2000);
});

test('an unspecified count is its round value, marked approximate: عشرات الملايين من الدولارات', () => {
  const amount = only('خسائر تقدر بعشرات الملايين من الدولارات');
  assert.equal(amount.value, 10_000_000);
  assert.equal(amount.approximate, true);
  assert.equal(amount.currency, 'USD');
});

test('a dinar takes its country from the adjective, the sentence, or stays DINAR', () => {
  assert.equal(only('500 دينار كويتي').currency, 'KWD');
  assert.equal(only('قرض بقيمة 300 مليون دينار لتمويل مشاريع في ليبيا').currency, 'LYD');
  assert.equal(only('غرامة مئة دينار').currency, 'DINAR');
});

test('a pound is Egyptian unless sterling; a dirham Emirati unless Moroccan', () => {
  assert.equal(only('ثمن التذكرة 50 جنيها').currency, 'EGP');
  assert.equal(only('12 مليون جنيه استرليني').currency, 'GBP');
  assert.equal(only('200 درهم').currency, 'AED');
  assert.equal(only('200 درهم مغربي').currency, 'MAD');
});

test('a lira takes its country: ليرة تركية TRY, ليرة لبنانية LBP, ليرة سورية SYP', () => {
  assert.equal(only('100 ليرة تركية').currency, 'TRY');
  assert.equal(only('100 ليرة لبنانية').currency, 'LBP');
  assert.equal(only('100 ليرة سورية').currency, 'SYP');
});

test('percentages in words and signs: 20 في المئة, 20%, ٢٠٪, 3 بالمائة', () => {
  for (const text of ['ارتفع 20 في المئة', 'ارتفع 20%', 'ارتفع ٢٠٪', 'نما 20 بالمئة']) {
    const amount = only(text);
    assert.equal(amount.value, 20, text);
    assert.equal(amount.unit, 'percent', text);
    assert.equal(amount.currency, undefined, text);
  }
  assert.equal(only('بمعدل 5ر2 %').value, 2.5);
});

test('a currency sign before the number: $635', () => {
  assert.equal(only('سعر السهم $635').currency, 'USD');
});

test('a number with no currency or percent is not an amount; nor is ريال مدريد', () => {
  assert.deepEqual(findAmounts('شارك 3540 متطوعا في الحملة عام 2015 ولعب ريال مدريد.'), []);
});

test('a year-like number with a currency is an amount: 2011 دولار', () => {
  assert.equal(only('تبرع بـ 2011 دولار').value, 2011);
});

test('parseNumeral reads grouped thousands and decimals', () => {
  assert.equal(parseNumeral('1,200,000'), 1_200_000);
  assert.equal(parseNumeral('1.200.000'), 1_200_000);
  assert.equal(parseNumeral('2,5'), 2.5);
  assert.equal(parseNumeral('12a'), undefined);
});

test('amounts point at their own text on any input', () => {
  const parts = ['635', '٢٠', '1,200', 'مليون', 'ألف', 'و', 'دولار', 'ريال', 'دينار', 'في', 'المئة', '%', 'نصف', 'عشرات', 'ر', '\n', ' ', 'كويتي'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 60 }), (chosen) => {
    const text = chosen.join(' ');
    for (const amount of findAmounts(text)) {
      assert.equal(text.slice(amount.start, amount.end), amount.text);
      assert.ok(Number.isFinite(amount.value));
    }
  }), { numRuns: 300 });
});

test('a scale word right after a number is not a new amount: (69,965,144) مليون ريال', () => {
  assert.deepEqual(findAmounts('بلغت (69,965,144) مليون ريال'), []);
});
