import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeFingerprint, encodeFingerprint, fingerprint, shingleOverlap } from './index.ts';

const ARABIC_TEXT = fc.array(fc.constantFrom('ال', 'محطة', 'تحلية', 'أعلنت', 'الهيئة', '\u064E', 'ـ', '٢٠١٥', ' ', '\n\n', '،', 'x'), { maxLength: 300 }).map((parts) => parts.join(''));

test('fingerprints of any text have a full signature and sorted distinct shingles', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 500 }), ARABIC_TEXT), (text) => {
    const fp = fingerprint({ id: 'x', title: text.slice(0, 40), text, firstSeenAt: '2015-08-04T08:00:00Z' });
    assert.equal(fp.minhash.length, 128);
    for (let i = 1; i < fp.shingles.length; i++) assert.ok(fp.shingles[i - 1] < fp.shingles[i]);
    assert.equal(fp.shingleCount, fp.shingles.length);
    assert.equal(fp.terms.length, fp.termCounts.length);
  }));
});

test('fingerprints survive the storage codec unchanged', () => {
  fc.assert(fc.property(ARABIC_TEXT, (text) => {
    const fp = fingerprint({ id: 'x', title: 'عنوان', text, firstSeenAt: '2015-08-04T08:00:00Z' });
    assert.deepEqual(decodeFingerprint(encodeFingerprint(fp)), fp);
  }));
});

test('search folding makes spelling variants the same shingles: harakat, tatweel, alef forms', () => {
  const plain = fingerprint({ id: 'a', title: '', text: 'أعلنت الهيئة افتتاح المحطة الجديدة اليوم في المدينة', firstSeenAt: '2015-08-04T08:00:00Z' });
  const marked = fingerprint({ id: 'b', title: '', text: 'أَعلنت الهيـــئة إفتتاح المحطة الجديدة اليوم في المدينة', firstSeenAt: '2015-08-04T08:00:00Z' });
  assert.equal(shingleOverlap(plain.shingles, marked.shingles).jaccard, 1);
});
