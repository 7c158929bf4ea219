// WARC digests: `sha1:` and the SHA-1 in RFC 4648 base32, the form Heritrix, wget and Common Crawl
// write, so tools that deduplicate by payload digest recognise ours.
import { createHash } from 'node:crypto';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    // Fewer than 5 bits are left over from the last byte, so the low byte holds all that matters.
    value = ((value & 0xff) << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  // A SHA-1 is 160 bits, a multiple of 5 and of 8: its base32 needs no padding.
  while (out.length % 8 !== 0) out += '=';
  return out;
}

export function sha1Digest(...parts: Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return `sha1:${base32(hash.digest())}`;
}
