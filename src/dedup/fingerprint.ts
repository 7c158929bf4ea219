// Fingerprint of an article's body: a MinHash signature of its word 3-gram shingles (near-duplicate
// detection), one hash per paragraph (which paragraphs differ), and its content terms with counts
// (rare-term check for templates, story vectors, related articles). Everything is computed on the
// search profile of the display text, after outlet boilerplate lines are dropped.
import type { DedupInput, Fingerprint } from './types.ts';
import { BOILERPLATE_PARAGRAPH_PREFIXES, BYLINE_MARKERS, BYLINE_MAX_WORDS } from './boilerplate.ts';
import { MAX_PARAGRAPHS, MAX_SHINGLE_WORDS, MAX_TERMS, MAX_TEXT_CHARS, MINHASH_SIZE, SHINGLE_WORDS } from './config.ts';
import { finalizeHash, hashHex64, hashString } from './hash.ts';
import { contentTerm, searchWords, splitFolded } from './text-profile.ts';
import { foldForSearch } from '../text/index.ts';

const EMPTY_SLOT = 0xffffffff;
const PARAGRAPH_BREAK = /\n+/;
const DASHES = /[-–—]/;
const FOLDED_BOILERPLATE = BOILERPLATE_PARAGRAPH_PREFIXES.map((prefix) => foldForSearch(prefix));
const FOLDED_BYLINE_MARKERS = BYLINE_MARKERS.map((marker) => foldForSearch(marker));

export function fingerprint(input: DedupInput): Fingerprint {
  const paragraphs = bodyParagraphs(input.text);
  const words: string[] = [];
  for (const paragraph of paragraphs) for (const word of paragraph.words) words.push(word);
  const shingles = shingleHashes(words.length > MAX_SHINGLE_WORDS ? words.slice(0, MAX_SHINGLE_WORDS) : words);
  const { terms, termCounts } = countTerms(words);
  const titleTerms = uniqueTerms(searchWords(input.title.slice(0, 1_000)));
  return {
    minhash: minhashOf(shingles),
    shingleCount: shingles.length,
    shingles,
    paragraphHashes: paragraphs.map((paragraph) => hashHex64(paragraph.words.join(' '))),
    terms,
    termCounts,
    titleTerms,
  };
}

interface BodyParagraph { words: string[] }

/** Paragraphs in the search profile, without outlet boilerplate and a leading byline line. */
function bodyParagraphs(text: string): BodyParagraph[] {
  const raw = text.slice(0, MAX_TEXT_CHARS).split(PARAGRAPH_BREAK).slice(0, MAX_PARAGRAPHS);
  const out: BodyParagraph[] = [];
  raw.forEach((paragraph, index) => {
    const folded = foldForSearch(paragraph).trim();
    if (folded.length === 0) return;
    if (FOLDED_BOILERPLATE.some((prefix) => folded.startsWith(prefix))) return;
    const words = splitFolded(folded);
    if (words.length === 0) return;
    if (index === 0 && raw.length > 1 && isBylineLine(folded, words.length)) return;
    out.push({ words });
  });
  return out;
}

// «عين اليوم – جدة», «واس - الرياض»: a short first line naming an agency, or built around a dash.
function isBylineLine(folded: string, wordCount: number): boolean {
  if (wordCount > BYLINE_MAX_WORDS) return false;
  return DASHES.test(folded) || FOLDED_BYLINE_MARKERS.some((marker) => folded.includes(marker));
}

/** Distinct hashes of the word 3-grams, sorted. A text shorter than 3 words is one shingle.
 *  Each word is hashed once and a shingle's hash combines its words' hashes in order. */
function shingleHashes(words: string[]): Uint32Array {
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i]);
  const span = Math.min(SHINGLE_WORDS, Math.max(1, words.length));
  const all = new Uint32Array(Math.max(0, words.length - span + 1));
  for (let i = 0; i < all.length; i++) {
    let combined = 0;
    for (let j = 0; j < span; j++) combined = finalizeHash((Math.imul(combined, 0x01000193) ^ wordHashes[i + j]) >>> 0);
    all[i] = combined;
  }
  // Sorted, then repeats dropped in place: cheaper than a Set of a few hundred numbers.
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i];
  return all.slice(0, distinct);
}

// Hot loops read module-local copies: imported bindings cost a property read on every use.
const SIGNATURE_SIZE = MINHASH_SIZE;
const mix = finalizeHash;

/** MinHash with MINHASH_SIZE functions derived from one base hash (Kirsch–Mitzenmacher), each
 *  value passed through Murmur3's finaliser (inlined). */
function minhashOf(shingles: Uint32Array): Uint32Array {
  const minhash = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY_SLOT);
  for (let s = 0; s < shingles.length; s++) {
    const base = shingles[s];
    const step = mix(base ^ 0x5bd1e995) | 1;
    let value = base;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let h = value;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < minhash[k]) minhash[k] = h;
      value = (value + step) | 0;
    }
  }
  return minhash;
}

/** Content terms by descending count, ties in order of first use (the lead matters most). */
function countTerms(words: string[]): { terms: string[]; termCounts: number[] } {
  // Each distinct word is made a term once (a word comes back three times on average); taken in
  // order of first use, the terms keep their order of first use.
  const wordCounts = new Map<string, number>();
  for (const word of words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [word, count] of wordCounts) {
    const term = contentTerm(word);
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + count);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return { terms: ranked.map(([term]) => term), termCounts: ranked.map(([, count]) => count) };
}

function uniqueTerms(words: string[]): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    const term = contentTerm(word);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}

/** Shared shingles of two articles (sorted-array intersection). */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared;
}

/** Jaccard similarity and containment (share of the smaller set in the larger). */
export function shingleOverlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  const shared = sharedShingles(a, b);
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller };
}
