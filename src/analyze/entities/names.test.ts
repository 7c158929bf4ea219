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
test('two different words the corpus uses often are two names: محمد ≠ محمود, سلمان ≠ سليمان, سعيد ≠ سعد', () => {
  assert.ok(!sameName('محمد', 'محمود'));
  assert.ok(!sameName('محمد بن سلمان', 'محمد بن سليمان'));
  assert.ok(!sameName('سعيد', 'سعد'));
});
test('places a learned scorer of foreign names would join stay apart: إيران ≠ العراق, اليمن ≠ عمان, ليبيا ≠ لبنان', () => {
  for (const [a, b] of [['إيران', 'العراق'], ['اليمن', 'عمان'], ['ليبيا', 'لبنان'], ['السعودية', 'السودان'], ['الرياض', 'الورد']]) {
    assert.ok(!sameName(a, b), `${a} / ${b}`);
    assert.notEqual(entityKey(a, 'LOC'), entityKey(b, 'LOC'), `${a} / ${b}`);
  }
});
test('a final vowel written ا or ة is one spelling of a common name: سوريا / سورية', () => {
  assert.ok(sameName('سوريا', 'سورية'));
  assert.equal(entityKey('سوريا', 'LOC'), entityKey('سورية', 'LOC'));
});
test('common names keep their vowels in the entity key: محمود عباس ≠ محمد عباس', () => {
  assert.notEqual(entityKey('محمود عباس', 'PER'), entityKey('محمد عباس', 'PER'));
  assert.equal(entityKey('باراك أوباما', 'PER'), entityKey('باراك اوباما', 'PER'));
});
test('an article naming إيران and العراق and طهران keeps three places', () => {
  const mentions: EntityMention[] = [
    { text: 'إيران', type: 'LOC', start: 0, end: 5 },
    { text: 'العراق', type: 'LOC', start: 10, end: 16 },
    { text: 'طهران', type: 'LOC', start: 20, end: 25 },
    { text: 'ايران', type: 'LOC', start: 30, end: 35 },
  ];
  resolveMentions(mentions);
  assert.equal(new Set(mentions.map((m) => m.entityId)).size, 3);
  assert.equal(mentions[0].entityId, mentions[3].entityId);
});
test('a place is not a spelling of another place the name scorer finds alike: سوريا ≠ سروج ≠ السويداء, الرياض ≠ الحجاز', () => {
  const places = ['سروج', 'سوريا', 'العراق', 'السويداء', 'سورية', 'الرياض', 'الحجاز', 'الدرعية'];
  const mentions: EntityMention[] = places.map((text, i) => ({ text, type: 'LOC', start: i * 10, end: i * 10 + text.length }));
  resolveMentions(mentions);
  const ids = new Map(mentions.map((m) => [m.text, m.entityId]));
  assert.equal(ids.get('سوريا'), ids.get('سورية'));
  assert.equal(new Set(ids.values()).size, places.length - 1);
});
test('places spelled by convention are one letter apart at most: السعودية ≠ صعدة, جدة ≠ وجودا', () => {
  const mentions: EntityMention[] = ['السعودية', 'صعدة', 'السعوديه', 'جدة', 'وجودا', 'جِدّة'].map((text, i) => ({ text, type: 'LOC', start: i * 10, end: i * 10 + text.length }));
  resolveMentions(mentions);
  const ids = mentions.map((m) => m.entityId);
  assert.deepEqual([ids[0] === ids[2], ids[0] === ids[1], ids[3] === ids[5], ids[3] === ids[4]], [true, false, true, false]);
});
test('a surname alone is not a different common word that sounds like it: صالح does not stand for إصلاح', () => {
  assert.ok(isPartOfName('صالح', 'علي عبد الله صالح'));
  assert.ok(!isPartOfName('إصلاح', 'علي عبد الله صالح'));
});
test('a compound given name is one name written apart or together: علي عبد الله صالح = علي عبدالله صالح', () => {
  assert.ok(sameName('علي عبد الله صالح', 'علي عبدالله صالح'));
  assert.equal(entityKey('علي عبد الله صالح', 'PER'), entityKey('علي عبدالله صالح', 'PER'));
  assert.equal(entityKey('سلمان بن عبد العزيز', 'PER'), entityKey('سلمان بن عبدالعزيز', 'PER'));
});
test('the words after بن or آل name a father or a family, not the person', () => {
  assert.ok(!isPartOfName('سلمان بن عبدالعزيز', 'محمد بن سلمان بن عبدالعزيز'));
  assert.ok(!isPartOfName('سلمان', 'محمد بن سلمان'));
  assert.ok(!isPartOfName('سعود', 'سلمان بن عبدالعزيز آل سعود'));
  assert.ok(isPartOfName('محمد بن سلمان', 'محمد بن سلمان بن عبدالعزيز'));
  const mentions: EntityMention[] = [
    { text: 'محمد بن سلمان بن عبدالعزيز', type: 'PER', start: 0, end: 26 },
    { text: 'سلمان بن عبدالعزيز', type: 'PER', start: 40, end: 58 },
  ];
  resolveMentions(mentions);
  assert.notEqual(mentions[0].entityId, mentions[1].entityId);
});
