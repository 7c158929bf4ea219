// Charset detection for pages that declare nothing (or declare something their bytes contradict).
// UTF-8 validates itself; among the single-byte charsets the one whose decoding reads most like
// words wins: Arabic letters beside Arabic letters, accented Latin beside Latin, few undefined bytes.

/** Single-byte charsets we choose between, Arabic ones first (Marsad reads Arabic news). */
export const SINGLE_BYTE_CANDIDATES = ['windows-1256', 'iso-8859-6', 'windows-1252'] as const;

/** Share of malformed sequences a UTF-8 page may have (a truncated tail, a few pasted Latin-1 bytes) and still be UTF-8; single-byte Arabic or Latin text read as UTF-8 is nearly all malformed. */
const MAX_UTF8_ERROR_SHARE = 0.1;

const REPLACEMENT = 0xfffd;
const ARABIC_DEFINITE_ARTICLE = /(?:^|[\s(«"'])\u0627\u0644/g;

export interface Utf8Check {
  valid: boolean;
  /** Characters that took more than one byte: evidence that UTF-8 was meant. */
  multibyte: number;
  malformed: number;
}

export function checkUtf8(bytes: Uint8Array): Utf8Check {
  let multibyte = 0;
  let malformed = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i += 1; continue; }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : 0) : b >= 0xc2 && b <= 0xdf ? 1 : 0;
    if (need === 0) { malformed += 1; i += 1; continue; }
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k += 1) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { multibyte += 1; i += need + 1; } else { malformed += 1; i += 1; }
  }
  const highUnits = multibyte + malformed;
  const valid = malformed === 0 || (multibyte > 0 && malformed / highUnits <= MAX_UTF8_ERROR_SHARE);
  return { valid, multibyte, malformed };
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** How word-like the non-ASCII characters of a decoding are; higher is more plausible. */
export function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code === REPLACEMENT || (code >= 0x80 && code <= 0x9f)) { score -= 3; continue; }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    if (isArabicLetter(code)) score += isArabicLetter(prev) || isArabicLetter(next) ? 1 : -1;
    else if (isLatinLetter(code)) score += isLatinLetter(prev) || isLatinLetter(next) ? (isArabicLetter(prev) || isArabicLetter(next) ? -1 : 1) : -1;
    else if (isArabicLetter(prev) && isArabicLetter(next)) score -= 1; // a symbol inside a word
  }
  const articles = text.match(ARABIC_DEFINITE_ARTICLE);
  return score + (articles ? articles.length * 3 : 0);
}

export interface Detection {
  charset: string;
  text: string;
}

export function detectSingleByte(bytes: Uint8Array): Detection {
  let best: Detection & { score: number } | undefined;
  for (const charset of SINGLE_BYTE_CANDIDATES) {
    const text = new TextDecoder(charset).decode(bytes);
    const score = plausibility(text);
    if (!best || score > best.score) best = { charset, text, score };
  }
  return { charset: best!.charset, text: best!.text };
}
