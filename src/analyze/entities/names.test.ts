import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalName, entityKey, isPartOfName, resolveMentions, sameName } from './index.ts';
import type { EntityMention } from '../../core/types.ts';

test('a long vowel written or left out is the same name: وليامز / ويليامز', () => {
  assert.ok(sameName('وليامز', 'ويليامز'));
});
test('vowels and their letters differ: وولدهاوسر / والدهاوسير', () => {
  assert.ok(sameName('توماس وولدهاوسر', 'توماس والدهاوسير'));
});
test('hamza seats and alef maqsura fold: إيمانويل / ايمانويل, مصطفى / مصطفي', () => {
  assert.ok(sameName('إيمانويل ماكرون', 'ايمانويل ماكرون'));
  assert.ok(sameName('مصطفى', 'مصطفي'));
});
test('g written ج, غ or ق is one letter: جوفيند / غوفيند, جوردن / غوردن', () => {
  assert.ok(sameName('جوفيند', 'غوفيند'));
  assert.ok(sameName('جوردن', 'قوردن'));
});
test('ch written تش is one sound: ريتشارد / ريشارد', () => {
  assert.ok(sameName('ريتشارد', 'ريشارد'));
});
test('different people stay apart: محمد بن سلمان ≠ محمد بن نايف', () => {
  assert.ok(!sameName('محمد بن سلمان', 'محمد بن نايف'));
  assert.notEqual(entityKey('محمد بن سلمان', 'PER'), entityKey('محمد بن نايف', 'PER'));
});
test('a final vowel tells names apart: فلورنتينو ≠ فلورنتينا', () => {
  assert.ok(!sameName('فلورنتينو', 'فلورنتينا'));
});
test('entity keys are stable across spellings and carry the type', () => {
  assert.equal(entityKey('ستيفاني وليامز', 'PER'), entityKey('ستيفاني ويليامز', 'PER'));
  assert.match(entityKey('ستيفاني وليامز', 'PER'), /^per:/);
  assert.notEqual(entityKey('واشنطن', 'LOC'), entityKey('واشنطن', 'PER'));
});
test('a surname stands for the full name in an article: السراج → فايز السراج', () => {
  assert.ok(isPartOfName('السراج', 'فايز السراج'));
  assert.ok(!isPartOfName('فايز', 'محمد السراج'));
});
test('a part that fits two people joins neither', () => {
  const mentions: EntityMention[] = [
    { text: 'محمد بن سلمان', type: 'PER', start: 0, end: 13 },
    { text: 'محمد بن نايف', type: 'PER', start: 20, end: 32 },
    { text: 'محمد', type: 'PER', start: 40, end: 44 },
  ];
  resolveMentions(mentions);
  assert.notEqual(mentions[0].entityId, mentions[1].entityId);
  assert.notEqual(mentions[2].entityId, mentions[0].entityId);
  assert.notEqual(mentions[2].entityId, mentions[1].entityId);
});
test('an acronym and the full name are one organisation: افريكوم, داعش', () => {
  assert.equal(canonicalName('افريكوم', 'ORG'), canonicalName('القيادة العسكرية الأميركية لأفريقيا', 'ORG'));
  const mentions: EntityMention[] = [
    { text: 'تنظيم الدولة الإسلامية', type: 'ORG', start: 0, end: 22 },
    { text: 'داعش', type: 'ORG', start: 30, end: 34 },
  ];
  resolveMentions(mentions);
  assert.equal(mentions[0].entityId, mentions[1].entityId);
});
