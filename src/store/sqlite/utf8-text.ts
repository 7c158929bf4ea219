// Article text read as UTF-8 bytes and decoded here. A search page reads the whole text of its ten
// hits (the snippets need it), and V8 decodes a TEXT column at ~4.5 ns a byte on Arabic, where
// every letter is two bytes: on all of SaudiNewsNet a text costs 18.6 us read as TEXT and 14.0 us
// read as a BLOB and decoded by this loop (one page: ~0.05 ms less).
//
// Well-formed UTF-8 decodes to one string whoever decodes it. Anything this loop does not accept
// (bytes SQLite would not get from a JavaScript string: overlong forms, encoded surrogates, a
// sequence cut short) goes to Node's decoder whole, so no text is ever decoded two ways.

/** The code units are handed to Node as UTF-16LE bytes: right only where memory is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Past this many bytes a text goes to Node's decoder: the scratch space stays bounded. */
const MAX_SCRATCH_BYTES = 1 << 20;

/** One per store: its scratch space is reused from text to text. */
export class Utf8TextDecoder {
  private units = new Uint16Array(1 << 14);

  decode(bytes: Uint8Array): string {
    const n = bytes.length;
    if (n > MAX_SCRATCH_BYTES || !LITTLE_ENDIAN) return nodeDecode(bytes);
    // A UTF-8 text never has more UTF-16 code units than bytes.
    if (this.units.length < n) this.units = new Uint16Array(Math.min(MAX_SCRATCH_BYTES, Math.max(n, this.units.length * 2)));
    const units = this.units;
    let j = 0;
    let i = 0;
    while (i < n) {
      const b0 = bytes[i];
      if (b0 < 0x80) {
        units[j++] = b0;
        i++;
      } else if (b0 < 0xe0) {
        if (b0 < 0xc2 || i + 1 >= n) return nodeDecode(bytes);
        const b1 = bytes[i + 1];
        if ((b1 & 0xc0) !== 0x80) return nodeDecode(bytes);
        units[j++] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
        i += 2;
      } else if (b0 < 0xf0) {
        if (i + 2 >= n) return nodeDecode(bytes);
        const b1 = bytes[i + 1];
        const b2 = bytes[i + 2];
        if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return nodeDecode(bytes);
        const code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return nodeDecode(bytes);
        units[j++] = code;
        i += 3;
      } else {
        if (b0 > 0xf4 || i + 3 >= n) return nodeDecode(bytes);
        const b1 = bytes[i + 1];
        const b2 = bytes[i + 2];
        const b3 = bytes[i + 3];
        if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return nodeDecode(bytes);
        const code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
        if (code < 0x10000 || code > 0x10ffff) return nodeDecode(bytes);
        units[j++] = 0xd800 + ((code - 0x10000) >> 10);
        units[j++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
        i += 4;
      }
    }
    return Buffer.from(units.buffer, 0, j * 2).toString('utf16le');
  }
}

function nodeDecode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
