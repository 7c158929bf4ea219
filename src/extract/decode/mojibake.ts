// Mojibake: text whose bytes were read in the wrong charset, usually UTF-8 Arabic read as
// windows-1256 ("ط§ظ„" for "ال") or as Latin-1/windows-1252 ("Ø§Ù„"), or double-encoded
// ("Ã˜"). Such text must never be stored as if it were the outlet's words.

/** Lead bytes of two-byte UTF-8 Arabic (U+0600–U+06FF) as Latin-1/windows-1252 shows them. */
const LATIN_READ_OF_ARABIC_LEAD = 'ØÙÚÛ';
/** The same lead bytes as windows-1256 shows them. */
const ARABIC_READ_OF_ARABIC_LEAD = '\u0637\u0638\u0639\u063a'; // ط ظ ع غ
/** Lead bytes of two-byte UTF-8 Latin-1 supplement, as Latin-1 shows them (double encoding). */
const LATIN_READ_OF_LATIN_LEAD = 'ÃÂ';

/** Continuation bytes 0x80–0xBF as each single-byte charset shows them. */
function continuationChars(charset: string): string {
  const bytes = new Uint8Array(0x40);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = 0x80 + i;
  return new TextDecoder(charset).decode(bytes);
}

export interface MojibakeReport {
  mojibake: boolean;
  /** Lead+continuation pairs found. */
  pairs: number;
  replacementChars: number;
}

/** Pairs needed before we call a text mojibake: one pair can be a real "Ø§" in a formula. */
const MIN_PAIRS = 3;
const MIN_REPLACEMENTS = 10;
const MAX_REPLACEMENT_SHARE = 0.005;

export class MojibakeDetector {
  private readonly latinContinuations = new Set(continuationChars('windows-1252'));
  private readonly arabicContinuations = new Set(continuationChars('windows-1256'));

  inspect(text: string): MojibakeReport {
    let pairs = 0;
    let replacementChars = 0;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === '\ufffd') { replacementChars += 1; continue; }
      const next = text[i + 1];
      if (next === undefined) break;
      if ((LATIN_READ_OF_ARABIC_LEAD.includes(ch) || LATIN_READ_OF_LATIN_LEAD.includes(ch)) && this.latinContinuations.has(next)) pairs += 1;
      else if (ARABIC_READ_OF_ARABIC_LEAD.includes(ch) && this.arabicContinuations.has(next) && !isArabicLetter(next)) pairs += 1;
    }
    const tooManyReplacements = replacementChars >= MIN_REPLACEMENTS && replacementChars / Math.max(text.length, 1) > MAX_REPLACEMENT_SHARE;
    return { mojibake: pairs >= MIN_PAIRS || tooManyReplacements, pairs, replacementChars };
  }
}

function isArabicLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x0621 && code <= 0x06d3;
}
