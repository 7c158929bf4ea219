import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JsonArrayShapeError, JsonArraySplitter, type JsonArrayElement } from './json-array.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Splits `text` fed in chunks of `chunkSize` bytes; returns the elements and the splitter. */
function split(text: string | Uint8Array, chunkSize = 7, maxElementBytes = 1_000_000) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const splitter = new JsonArraySplitter(maxElementBytes);
  const elements: JsonArrayElement[] = [];
  for (let at = 0; at < bytes.length && splitter.isArray; at += chunkSize) elements.push(...splitter.push(bytes.subarray(at, at + chunkSize)));
  splitter.finish();
  return { elements, splitter, values: elements.filter((e) => e.bytes).map((e) => JSON.parse(decoder.decode(e.bytes))) };
}

const records = [
  { source: 'spa', title: 'وزير الخارجية يصل إلى الرياض', content: 'قال "الوزير" إن الزيارة {مهمة} [جدا], وأضاف: \\ نعم' },
  { source: 'okaz', title: 'أمطار على جازان', content: 'هطلت أمطار غزيرة، وفي النص ] و } داخل النص' },
];

test('each element of an array comes out whole, however the chunks cut it (Arabic, escapes, brackets inside strings)', () => {
  const text = JSON.stringify(records, null, 2);
  for (const chunkSize of [1, 2, 3, 5, 64, 100_000]) {
    const { values } = split(text, chunkSize);
    assert.deepEqual(values, records, `chunks of ${chunkSize}`);
  }
});

test('elements are numbered in order and nested arrays and objects stay inside their element', () => {
  const { elements, values } = split('[{"a":[1,{"b":[2]}]}, [3,4], "نص", 5, null]');
  assert.deepEqual(elements.map((e) => e.index), [0, 1, 2, 3, 4]);
  assert.deepEqual(values, [{ a: [1, { b: [2] }] }, [3, 4], 'نص', 5, null]);
});

test('a byte order mark and whitespace before the array are skipped', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(' \n[{"title":"خبر"}]\n')]);
  assert.deepEqual(split(bytes, 2).values, [{ title: 'خبر' }]);
});

test('an empty array has no elements and is closed', () => {
  const { elements, splitter } = split('[ ]');
  assert.equal(elements.length, 0);
  assert.equal(splitter.closed, true);
});

test('a text that does not start with a bracket is not an array (the caller parses it whole)', () => {
  const splitter = new JsonArraySplitter(1000);
  assert.deepEqual(splitter.push(encoder.encode('  {"title": "خبر"}')), []);
  assert.equal(splitter.isArray, false);
});

test('a truncated array is an error naming the element it ends in, after the complete ones came out', () => {
  const splitter = new JsonArraySplitter(1000);
  const elements = splitter.push(encoder.encode('[{"title":"أ"},{"title":"ب"},{"title":"ج'));
  assert.equal(elements.length, 2);
  assert.throws(() => splitter.finish(), (error: Error) => error instanceof JsonArrayShapeError && /not closed.*element 3/.test(error.message));
});

test('a trailing comma, a missing element and data after the array are shape errors with the byte offset', () => {
  assert.throws(() => split('[{"a":1},]'), /comma before the closing bracket at byte 9/);
  assert.throws(() => split('[,{"a":1}]'), /missing before a comma at byte 1/);
  assert.throws(() => split('[{"a":1}] x'), /after the closing bracket at byte 10/);
  assert.throws(() => split('[{"a":1}}]'), /closing brace without its opening one/);
  assert.throws(() => split('   '), /no JSON value/);
});

test('an element over the size limit is counted, not kept, and the next ones still come out', () => {
  const big = JSON.stringify({ content: 'خبر '.repeat(100) });
  const { elements } = split(`[${big},{"title":"صغير"}]`, 16, 200);
  assert.equal(elements[0].bytes, undefined);
  assert.equal(elements[0].tooLargeBytes, encoder.encode(big).length);
  assert.deepEqual(JSON.parse(decoder.decode(elements[1].bytes)), { title: 'صغير' });
});

test('any array of JSON values splits back into the same values, in any chunking', () => {
  fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (values, chunkSize) => {
    const text = JSON.stringify(values);
    const { values: back } = split(text, chunkSize);
    assert.deepEqual(back, JSON.parse(text));
  }), { numRuns: 300 });
});

test('runs of backslashes before a quote are read as escapes whatever chunk boundary falls among them', () => {
  const values = ['نص\\', '\\"', '\\\\"x', 'a\\\\\\', '"', '\\\\\\\\', 'ب"]}ج'];
  const text = JSON.stringify(values.map((content) => ({ content })));
  for (let chunkSize = 1; chunkSize <= 12; chunkSize++) {
    assert.deepEqual(split(text, chunkSize).values, values.map((content) => ({ content })), `chunks of ${chunkSize}`);
  }
});

test('the elements before a malformed spot in the same chunk come out before the error', () => {
  const splitter = new JsonArraySplitter(1000);
  const elements = splitter.push(encoder.encode('[{"title":"أ"},{"title":"ب"},}]'));
  assert.equal(elements.length, 2);
  assert.throws(() => splitter.finish(), /closing brace without its opening one at byte 31/);
});
