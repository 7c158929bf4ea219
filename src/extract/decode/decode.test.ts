import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from './index.ts';
import { MarsadError } from '../../core/errors.ts';

const ARABIC_PARAGRAPH = 'أعلنت وزارة الصحة في الرباط اليوم عن افتتاح مستشفى جديد في المدينة القديمة، وقال الوزير إن المشروع سيخدم آلاف السكان.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (head: string, body: string) => `<!doctype html><html><head>${head}<title>خبر</title></head><body><p>${body}</p></body></html>`;

test('a UTF-8 byte-order mark wins over a contradicting <meta>', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="windows-1256">', ARABIC_PARAGRAPH))]);
  const result = decodeBytes(bytes);
  assert.equal(result.charset, 'utf-8');
  assert.equal(result.confidence, 'bom');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
  assert.ok(!result.text.startsWith('\ufeff'), 'the BOM is not part of the text');
});

test('UTF-16LE with a BOM decodes Arabic', () => {
  const bytes = iconv.encode(page('', ARABIC_PARAGRAPH), 'utf-16le', { addBOM: true });
  const result = decodeBytes(bytes);
  assert.equal(result.charset, 'utf-16le');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
});

test('UTF-16BE without a BOM is detected from the NULs of ASCII markup', () => {
  const bytes = iconv.encode(page('', ARABIC_PARAGRAPH), 'utf-16be');
  const result = decodeBytes(bytes);
  assert.equal(result.charset, 'utf-16be');
  assert.equal(result.confidence, 'detected');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
});

test('windows-1256 declared only in <meta http-equiv> is honoured', () => {
  const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', ARABIC_PARAGRAPH);
  const result = decodeBytes(iconv.encode(html, 'windows-1256'));
  assert.equal(result.charset, 'windows-1256');
  assert.equal(result.confidence, 'declared');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
  assert.equal(result.mojibake, false);
});

test('the HTTP Content-Type charset outranks <meta>', () => {
  const html = page('<meta charset="utf-8">', ARABIC_PARAGRAPH);
  const result = decodeBytes(iconv.encode(html, 'windows-1256'), { contentType: 'text/html; charset=windows-1256' });
  assert.equal(result.charset, 'windows-1256');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
});

test('undeclared windows-1256 is detected', () => {
  const result = decodeBytes(iconv.encode(page('', ARABIC_PARAGRAPH), 'windows-1256'));
  assert.equal(result.charset, 'windows-1256');
  assert.equal(result.confidence, 'detected');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
});

test('undeclared ISO-8859-6 is told apart from windows-1256', () => {
  const plain = 'قال المتحدث باسم الحكومة إن الاتفاق يشمل قطاع الكهرباء والمياه في كل المحافظات';
  const result = decodeBytes(iconv.encode(page('', plain), 'iso-8859-6'));
  assert.equal(result.charset, 'iso-8859-6');
  assert.ok(result.text.includes(plain));
});

test('undeclared valid UTF-8 is detected as UTF-8', () => {
  const result = decodeBytes(utf8(page('', ARABIC_PARAGRAPH)));
  assert.equal(result.charset, 'utf-8');
  assert.equal(result.confidence, 'detected');
});

test('a page declaring UTF-8 whose bytes are windows-1256 is re-detected with a diagnostic', () => {
  const result = decodeBytes(iconv.encode(page('<meta charset="utf-8">', ARABIC_PARAGRAPH), 'windows-1256'));
  assert.equal(result.charset, 'windows-1256');
  assert.ok(result.text.includes(ARABIC_PARAGRAPH));
  assert.ok(result.diagnostics.some((d) => d.code === 'decode.charset_mismatch'));
});

test('UTF-8 bytes declared as windows-1256 are read as UTF-8, not stored as mojibake', () => {
  const result = decodeBytes(utf8(page('<meta charset="windows-1256">', ARABIC_PARAGRAPH)));
  assert.equal(result.charset, 'utf-8');
  assert.equal(result.mojibake, false);
  assert.ok(result.diagnostics.some((d) => d.code === 'decode.charset_mismatch'));
});

test('mojibake already in the bytes (UTF-8 Arabic read as Latin-1 and saved) is flagged', () => {
  const garbled = Buffer.from(ARABIC_PARAGRAPH, 'utf8').toString('latin1'); // "Ø£Ø¹Ù„Ù†Øª…"
  const result = decodeBytes(utf8(page('<meta charset="utf-8">', garbled)));
  assert.equal(result.mojibake, true);
  assert.ok(result.diagnostics.some((d) => d.code === 'decode.mojibake'));
});

test('mojibake of the windows-1256 kind (ط§ظ„) is flagged', () => {
  const garbled = iconv.decode(Buffer.from(ARABIC_PARAGRAPH, 'utf8'), 'windows-1256');
  const result = decodeBytes(utf8(page('<meta charset="utf-8">', garbled)));
  assert.equal(result.mojibake, true);
});

test('many replacement characters are flagged as mojibake', () => {
  const result = decodeBytes(utf8(page('', '\ufffd'.repeat(40) + ' نص')));
  assert.equal(result.mojibake, true);
});

test('clean Arabic text is not flagged as mojibake', () => {
  const result = decodeBytes(utf8(page('<meta charset="utf-8">', `${ARABIC_PARAGRAPH} ظل الطقس غائما وعلى الطريق.`)));
  assert.equal(result.mojibake, false);
  assert.deepEqual(result.diagnostics, []);
});

test('a PNG saved as .html is refused as binary input', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.throws(() => decodeBytes(png), (e: unknown) => e instanceof MarsadError && e.code === 'binary_input');
});

test('random bytes with NULs are refused as binary input', () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
  assert.throws(() => decodeBytes(bytes), (e: unknown) => e instanceof MarsadError && e.code === 'binary_input');
});

test('empty input is an error, not an empty article', () => {
  assert.throws(() => decodeBytes(new Uint8Array(0)), (e: unknown) => e instanceof MarsadError && e.code === 'empty_input');
});

test('an unknown declared charset leaves a diagnostic and falls back to detection', () => {
  const result = decodeBytes(utf8(page('<meta charset="x-klingon">', ARABIC_PARAGRAPH)));
  assert.equal(result.charset, 'utf-8');
  assert.ok(result.diagnostics.some((d) => d.code === 'decode.unknown_charset'));
});

test('UTF-8 with a few stray Latin-1 bytes stays UTF-8 (no mojibake made by re-detection)', () => {
  const text = page('<meta charset="utf-8">', `${ARABIC_PARAGRAPH} Grüße aus Köln, schön und größer.`);
  const bytes = new Uint8Array([...utf8(text.replace('</p>', '')), 0xfc, 0x20, 0xe9, ...utf8('</p>')]);
  const result = decodeBytes(bytes);
  assert.equal(result.charset, 'utf-8');
  assert.equal(result.mojibake, false);
  assert.ok(result.text.includes('Grüße aus Köln'));
});

test('mojibake inside a script or an attribute does not flag the page', () => {
  const garbled = Buffer.from('für größer', 'utf8').toString('latin1');
  const html = page('<meta charset="utf-8">', `<a href="/search?q=${garbled}">${ARABIC_PARAGRAPH}</a><script>var s = "${garbled} ${garbled} ${garbled}";</script>`);
  assert.equal(decodeBytes(utf8(html)).mojibake, false);
});
