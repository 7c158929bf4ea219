import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastNameWord, nameKey } from './name-keys.ts';

test('a surname key is the last word without ال, however the name is written', () => {
  assert.equal(lastNameWord('فايز السراج'), lastNameWord('السرّاج'));
  assert.equal(lastNameWord('فايز السراج'), 'سراج');
});
test('a name ending in a father or a family has no surname key: محمد بن سلمان, سلمان بن عبدالعزيز آل سعود', () => {
  assert.equal(lastNameWord('محمد بن سلمان'), '');
  assert.equal(lastNameWord('سلمان بن عبدالعزيز آل سعود'), '');
  assert.notEqual(lastNameWord('سعود الفيصل'), '');
});
test('name keys meet across hamza, ال and added long vowels', () => {
  assert.equal(nameKey('ستيفاني وليامز'), nameKey('ستيفاني ويليامز'));
});
