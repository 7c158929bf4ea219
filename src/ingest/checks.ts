// First checks on a document's bytes: empty, binary, too large, not text. Each failure is a
// MarsadError whose message names the problem; the caller adds the input's name.
import { MarsadError } from '../core/errors.ts';
import { looksBinary } from '../extract/decode/binary.ts';
import { sniffBom } from '../extract/decode/bom.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function checkDocumentBytes(bytes: Uint8Array, origin: string, limit = MAX_DOCUMENT_BYTES): void {
  if (bytes.byteLength > limit) {
    throw new MarsadError('too_large', `too large (${megabytes(bytes.byteLength)}; the limit is ${megabytes(limit)})`, origin);
  }
  const bom = sniffBom(bytes);
  const verdict = looksBinary(bytes, bom?.charset === 'utf-16le' || bom?.charset === 'utf-16be');
  if (verdict.binary) throw new MarsadError('binary_input', `binary data, not text (${verdict.reason})`, origin);
  if (isBlank(bytes)) throw new MarsadError('empty_input', 'empty (no text)', origin);
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    // ASCII whitespace and a UTF-8 BOM's bytes carry no text.
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  }
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; names the byte where it goes wrong instead of storing U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array, origin: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new MarsadError('invalid_encoding', `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, origin);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
