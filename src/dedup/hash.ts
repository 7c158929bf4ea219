// 32-bit string hashing for shingles, terms and LSH bands. Deterministic across processes and
// platforms, so fingerprints can be stored and compared later.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, seeded. */
export function hashString(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalizeHash(h);
}

/** Murmur3's finaliser: spreads every input bit over the output. */
export function finalizeHash(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 64 bits as 16 hex characters, for ids and paragraph hashes where 32 bits could collide. */
export function hashHex64(text: string): string {
  return hashString(text, 0x9e3779b9).toString(16).padStart(8, '0') + hashString(text, 0x7f4a7c15).toString(16).padStart(8, '0');
}
