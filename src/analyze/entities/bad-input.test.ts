import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityRecognizer } from './index.ts';
import { sameName } from './names.ts';

const recognizer = EntityRecognizer.load();

test('text with no Arabic gives no crash and spans inside the text', () => {
  const text = 'The quick brown fox met Barack Obama in Paris. 12345 !!! ??? 🙂';
  for (const m of recognizer.recognize(text)) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a 5 MB article is tagged whole', () => {
  const paragraph = 'وقال الرئيس الفرنسي ايمانويل ماكرون في باريس إن الاتحاد الأوروبي يدعم ليبيا.\n\n';
  const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
  const mentions = recognizer.recognize(text);
  assert.ok(mentions.length > 0);
  assert.ok(mentions.every((m) => m.end <= text.length && m.start < m.end));
});

test('a 10,000-letter token is cut, not a name', () => {
  const text = `قال ${'ب'.repeat(10_000)} ثم غادر`;
  for (const m of recognizer.recognize(text)) assert.ok(m.end - m.start <= 200, `mention of ${m.end - m.start} chars`);
  assert.equal(typeof sameName('ب'.repeat(10_000), 'ب'.repeat(9_999)), 'boolean');
});

test('mixed scripts and marks keep offsets right', () => {
  const text = 'التقى مُحَمَّد Smith في نيويورك‎ (New York) مع سارة‏ 李 و«غوغل» Google.';
  for (const m of recognizer.recognize(text)) assert.equal(text.slice(m.start, m.end), m.text);
});
