import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as text from './index.ts';

test('the public API answers for a short Arabic phrase', () => {
  const phrase = 'وقالت حكومة الوفاق في ليبيا';
  assert.equal(text.toDisplay('  وقالت  حكومة\u200F '), 'وقالت حكومة');
  assert.equal(text.foldForSearch('حكومة'), 'حكومه');
  assert.equal(text.segment(phrase).map((s) => s.text).join(''), phrase);
  assert.deepEqual(text.splitClitics('وليبيا'), { proclitics: 'و', base: 'ليبيا', enclitics: '' });
  assert.equal(text.isStopWord('في'), true);
  assert.equal(text.searchTerms(phrase).length, 5);
  assert.equal(text.searchKey('لليبيا'), text.searchKey('ليبيا'));
  assert.equal(typeof text.lightStem('الحكومه'), 'string');
});
