// The search's own UTF-8 decoder must give the string Node's decoder gives, for any bytes: what
// SQLite holds from JavaScript strings, and bytes it could never hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Utf8TextDecoder } from './utf8-text.ts';

const nodeDecode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

test('any string stored as UTF-8 decodes to the string Node decodes: Arabic, harakat, emoji, lone surrogates', () => {
  const decoder = new Utf8TextDecoder();
  const arabic = fc.constantFrom('قال وزير الخارجية', 'ـ', 'مُحَمَّد', '«الأمم المتحدة»', '٢٠١٥', '…', '\u200f', '😀🇸🇦', '\ud83d', '\udc00x', '\n\n');
  const text = fc.array(fc.oneof(arabic, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 30 }).map((parts) => parts.join(''));
  fc.assert(fc.property(text, (s) => {
    const bytes = new Uint8Array(Buffer.from(s, 'utf8'));
    assert.equal(decoder.decode(bytes), nodeDecode(bytes));
  }));
});

test('malformed bytes (cut sequences, overlong forms, encoded surrogates) decode as Node decodes them', () => {
  const decoder = new Utf8TextDecoder();
  const malformed = [[0xd9], [0xd9, 0x41], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80], [0x80]];
  for (const tail of malformed) {
    const bytes = new Uint8Array([...Buffer.from('وزير '), ...tail, ...Buffer.from(' الخارجية')]);
    assert.equal(decoder.decode(bytes), nodeDecode(bytes), `bytes ${tail.map((b) => b.toString(16)).join(' ')}`);
  }
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => assert.equal(decoder.decode(bytes), nodeDecode(bytes))));
});

test('a text longer than the scratch space so far, then a short one: each decodes whole', () => {
  const decoder = new Utf8TextDecoder();
  const long = 'قال المتحدث باسم الوزارة '.repeat(3000);
  assert.equal(decoder.decode(new Uint8Array(Buffer.from(long))), long);
  assert.equal(decoder.decode(new Uint8Array(Buffer.from('طرابلس'))), 'طرابلس');
});
