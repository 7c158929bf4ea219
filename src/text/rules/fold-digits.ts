// Decimal digits of every script fold to ASCII so ٢٠١٥, ۲۰۱۵ and 2015 are one term: Arabic-Indic
// (٠–٩) and Persian (۰–۹) above all, and any other Unicode decimal digit (Nd: Khmer ០, Devanagari
// ०, fullwidth ０ …), which the segmenter already counts as a digit inside a number.
export const ARABIC_INDIC_ZERO = 0x0660;
export const ARABIC_INDIC_NINE = 0x0669;
export const PERSIAN_ZERO = 0x06f0;
export const PERSIAN_NINE = 0x06f9;
export const ASCII_ZERO = 0x30;

const DECIMAL_DIGIT = /^\p{Nd}$/u;

export function foldDigits(ch: string): string {
  const code = ch.codePointAt(0) ?? -1;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_NINE) return String.fromCharCode(ASCII_ZERO + code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_NINE) return String.fromCharCode(ASCII_ZERO + code - PERSIAN_ZERO);
  if (code < 0x80 || !DECIMAL_DIGIT.test(ch)) return ch;
  return String.fromCharCode(ASCII_ZERO + digitValue(code));
}

/**
 * Unicode keeps each script's digits 0–9 contiguous and in order, and blocks of several scripts'
 * digits that touch (the mathematical digits) are whole runs of ten: the value is the distance to
 * the start of the block, modulo 10.
 */
function digitValue(code: number): number {
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
