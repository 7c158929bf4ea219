// Storage form of a fingerprint: JSON with the MinHash signature and the shingle hashes as
// base64 (Uint32 little-endian), so the store can keep it in one TEXT column.
import type { Fingerprint } from './types.ts';
import { MINHASH_SIZE } from './config.ts';

interface StoredFingerprint extends Omit<Fingerprint, 'minhash' | 'shingles'> { minhash: string; shingles: string; v: 1 }

export function encodeFingerprint(fp: Fingerprint): string {
  const stored: StoredFingerprint = {
    v: 1, minhash: toBase64(fp.minhash),
    shingles: toBase64(fp.shingles), shingleCount: fp.shingleCount, paragraphHashes: fp.paragraphHashes, terms: fp.terms, termCounts: fp.termCounts, titleTerms: fp.titleTerms,
  };
  return JSON.stringify(stored);
}

export function decodeFingerprint(json: string): Fingerprint {
  const stored = JSON.parse(json) as StoredFingerprint;
  const minhash = fromBase64(stored.minhash);
  if (stored.v !== 1 || minhash.length !== MINHASH_SIZE) throw new RangeError('not a dedup fingerprint of this version');
  return { minhash, shingles: fromBase64(stored.shingles), shingleCount: stored.shingleCount, paragraphHashes: stored.paragraphHashes, terms: stored.terms, termCounts: stored.termCounts, titleTerms: stored.titleTerms };
}

function toBase64(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new RangeError('not a dedup fingerprint of this version');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
