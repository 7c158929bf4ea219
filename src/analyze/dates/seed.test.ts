// The seed page: the years 2011 and 2012 are dates; the 635 million dollars are an amount.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDates } from './index.ts';
import { findAmounts } from '../amounts/index.ts';

const SEED = resolve(process.cwd(), '../shared/seeds/000_f77f88289c7c6a30.txt');

test('seed: the years 2011 and 2012 are dates and 635 مليون دولار is 635000000 USD', (t) => {
  if (!existsSync(SEED)) {
    assert.notEqual(process.env.CI, 'true', `missing ${SEED}: CI needs ../shared/seeds`);
    return t.skip('seed missing');
  }
  const text = readFileSync(SEED, 'utf8');
  const years = findDates(text).filter((d) => d.precision === 'year').map((d) => d.value);
  assert.ok(years.includes('2011') && years.includes('2012'), `years: ${years.join(', ')}`);
  const amounts = findAmounts(text);
  const dollars = amounts.find((a) => a.currency === 'USD');
  assert.ok(dollars, JSON.stringify(amounts));
  assert.equal(dollars.value, 635_000_000);
  assert.equal(dollars.text, '635 مليون دولار');
  // With the publication date, "في العاشر من ديسمبر" and "العام الماضي" resolve too.
  const dated = findDates(text, { publishedAt: '2018-06-05' });
  assert.ok(dated.some((d) => d.text === 'العاشر من ديسمبر' && d.precision === 'day'));
  assert.ok(dated.some((d) => d.text === 'العام الماضي' && d.value === '2017'));
});
